/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-bench-hooks"

#include "config.h"

#include <glib-unix.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mg-bench-hooks.h"

/* Measurement hooks for build-aux/bench, off unless MATGANANA_BENCH is set:
 * "phases" prints when each phase of a launch ended (mg_bench_mark()) and
 * exits at the first frame with the results painted;
 * "first-frame" prints the resident memory and exits after the first frame
 * in which the results (the selected state's seat chart) were painted;
 * "settled" does so five seconds after that frame, the window idle;
 * "window-frame" at the window's first frame, whatever it shows;
 * "frames" counts painted frames and prints the count on SIGUSR1. */

typedef struct {
  GtkWidget        *window;
  MgBenchReadyFunc  ready;
  gboolean          first_frame;
  gboolean          window_frame;
  gboolean          phases;
  gboolean          settled;
  guint             frames;
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

/* Milliseconds since the process was started (exec), from the kernel's
 * record of its start; to a clock tick. */
static double
since_exec_ms (void)
{
  g_autofree char *stat = NULL;
  const char *after;
  unsigned long long start_ticks = 0;
  struct timespec now;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) || (after = strrchr (stat, ')')) == NULL)
    return -1;
  /* Field 22, counted from the state after the command's name. */
  if (sscanf (after + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d %*d %*d %*d %*d %llu",
              &start_ticks) != 1)
    return -1;
  clock_gettime (CLOCK_BOOTTIME, &now);
  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6 - start_ticks * 1000.0 / sysconf (_SC_CLK_TCK);
}

/**
 * mg_bench_mark:
 * @phase: what has just ended
 *
 * With MATGANANA_BENCH=phases, prints "phase: @phase: T ms", T since exec.
 */
void
mg_bench_mark (const char *phase)
{
  static int on = -1;

  if (G_LIKELY (on == 0))
    return;
  if (on < 0)
    on = g_strcmp0 (g_getenv ("MATGANANA_BENCH"), "phases") == 0;
  if (on)
    printf ("phase: %s: %.0f ms\n", phase, since_exec_ms ());
}

static gboolean
print_and_exit (gpointer user_data)
{
  printf ("rss-kib: %ld\n", resident_kib ());
  fflush (stdout);
  _exit (0);
  return G_SOURCE_REMOVE;
}

static void
after_paint (GdkFrameClock *clock,
             BenchHooks    *hooks)
{
  if (hooks->window_frame)
    print_and_exit (NULL);
  if (hooks->phases && hooks->frames++ == 0)
    mg_bench_mark ("first frame");
  if (hooks->phases && hooks->ready (hooks->window))
    {
      mg_bench_mark ("results painted");
      print_and_exit (NULL);
    }
  if (hooks->first_frame || hooks->settled)
    {
      if (!hooks->ready (hooks->window))
        return;
      if (hooks->first_frame)
        print_and_exit (NULL);
      g_signal_handlers_disconnect_by_func (clock, after_paint, hooks);
      g_timeout_add_seconds (5, print_and_exit, NULL);
      return;
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
 * @ready: whether @window's frame just painted showed the results
 *
 * Attaches the hooks MATGANANA_BENCH asks for to @window; does nothing
 * when it is unset. The hooks live as long as the process.
 */
void
mg_bench_hooks_attach (GtkWidget        *window,
                       MgBenchReadyFunc  ready)
{
  const char *mode = g_getenv ("MATGANANA_BENCH");
  BenchHooks *hooks;

  if (G_LIKELY (mode == NULL))
    return;

  hooks = g_new0 (BenchHooks, 1);
  hooks->window = window;
  hooks->ready = ready;
  hooks->first_frame = g_str_equal (mode, "first-frame");
  hooks->settled = g_str_equal (mode, "settled");
  hooks->window_frame = g_str_equal (mode, "window-frame");
  hooks->phases = g_str_equal (mode, "phases");
  g_signal_connect (window, "map", G_CALLBACK (on_map), hooks);
}
