/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The baseline for startup and memory: a minimal GTK 4 window with a
 * header bar and a label, which prints its resident memory and exits after
 * its first painted frame, as MATGANANA_BENCH=first-frame makes matganana do;
 * with MATGANANA_BENCH=settled, five seconds after that frame. */
#include <gtk/gtk.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static gboolean
print_and_exit (gpointer user_data)
{
  g_autofree char *status = NULL;
  const char *line;

  if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
      (line = strstr (status, "VmRSS:")) != NULL)
    printf ("rss-kib: %ld\n", strtol (line + strlen ("VmRSS:"), NULL, 10));
  fflush (stdout);
  _exit (0);
  return G_SOURCE_REMOVE;
}

static void
after_paint (GdkFrameClock *clock,
             gpointer       user_data)
{
  if (g_strcmp0 (g_getenv ("MATGANANA_BENCH"), "settled") != 0)
    print_and_exit (NULL);
  g_signal_handlers_disconnect_by_func (clock, after_paint, user_data);
  g_timeout_add_seconds (5, print_and_exit, NULL);
}

static void
on_map (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint),
                    NULL);
}

int
main (int   argc,
      char *argv[])
{
  GtkWidget *window;

  gtk_init ();
  window = gtk_window_new ();
  gtk_window_set_titlebar (GTK_WINDOW (window), gtk_header_bar_new ());
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Hello"));
  g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
  gtk_window_present (GTK_WINDOW (window));
  for (;;)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}
