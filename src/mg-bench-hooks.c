/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-bench-hooks"

#include "config.h"

#include <glib-unix.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mg-bench-hooks.h"
#include "mg-election.h"

/* Measurement hooks for build-aux/bench, off unless MATGANANA_BENCH is set:
 * "first-frame" prints the resident memory and exits after the first frame
 * that shows results; "frames" counts painted frames and prints the count
 * on SIGUSR1. */

typedef struct {
  MgElection *election;
  gboolean    first_frame;
  guint       frames;
} BenchHooks;

static long
resident_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmRSS:");
  return line != NULL ? strtol (line + strlen ("VmRSS:"), NULL, 10) : -1;
}

static void
after_paint (GdkFrameClock *clock,
             BenchHooks    *hooks)
{
  if (hooks->first_frame)
    {
      if (mg_election_get_n_states (hooks->election) == 0)
        return;
      printf ("rss-kib: %ld\n", resident_kib ());
      fflush (stdout);
      _exit (0);
    }
  hooks->frames++;
}

static gboolean
print_frames (gpointer user_data)
{
  BenchHooks *hooks = user_data;

  printf ("frames: %u\n", hooks->frames);
  fflush (stdout);
  return G_SOURCE_CONTINUE;
}

static void
on_map (GtkWidget  *window,
        BenchHooks *hooks)
{
  g_signal_handlers_disconnect_by_func (window, on_map, hooks);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint), hooks);
  g_unix_signal_add (SIGUSR1, print_frames, hooks);
}

/**
 * mg_bench_hooks_attach:
 * @window: the main window
 * @election: the results it shows, which outlive it
 *
 * Attaches the hooks MATGANANA_BENCH asks for to @window; does nothing
 * when it is unset. The hooks live as long as the process.
 */
void
mg_bench_hooks_attach (GtkWidget  *window,
                       MgElection *election)
{
  const char *mode = g_getenv ("MATGANANA_BENCH");
  BenchHooks *hooks;

  if (G_LIKELY (mode == NULL))
    return;

  hooks = g_new0 (BenchHooks, 1);
  hooks->election = g_object_ref (election);
  hooks->first_frame = g_str_equal (mode, "first-frame");
  g_signal_connect (window, "map", G_CALLBACK (on_map), hooks);
}
