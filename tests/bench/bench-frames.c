/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Timing a change to the frame that paints it, for the benchmarks that
 * drive a window: from just before the change to the end of the next
 * frame's paint (the frame clock's "after-paint"), less the time the main
 * loop sat in poll() meanwhile, waiting for the frame clock's tick (which
 * is the display's pace, not the program's work). */
#include "config.h"

#include <stdlib.h>

#include "bench-frames.h"

static GPollFunc default_poll;
static gboolean measuring;
static gint64 waited;
static gint64 painted_at;

static int
timed_poll (GPollFD *fds,
            guint    n_fds,
            int      timeout)
{
  gint64 before;
  int ready;

  if (!measuring || timeout == 0)
    return default_poll (fds, n_fds, timeout);
  before = g_get_monotonic_time ();
  ready = default_poll (fds, n_fds, timeout);
  waited += g_get_monotonic_time () - before;
  return ready;
}

static void
after_paint (GdkFrameClock *clock,
             gpointer       user_data)
{
  painted_at = g_get_monotonic_time ();
}

/* Counts the main loop's waits from now on, while measuring. */
void
bench_frames_init (void)
{
  default_poll = g_main_context_get_poll_func (NULL);
  g_main_context_set_poll_func (NULL, timed_poll);
}

/* Follows @window's frames; it must be mapped. */
void
bench_frames_watch (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint), NULL);
}

/* Returns: the time a change about to be made begins */
gint64
bench_frames_begin (void)
{
  waited = 0;
  measuring = TRUE;
  return g_get_monotonic_time ();
}

/* Runs the main loop until a frame has been painted after the change
 * begun at @since (from bench_frames_begin()) was made.
 * @total: (out) (optional): the microseconds from @since to the end of
 *   that paint, the waits included
 * Returns: the same, less the waits for the frame clock */
gint64
bench_frames_until_paint (gint64  since,
                          gint64 *total)
{
  gint64 asked = g_get_monotonic_time ();

  while (painted_at <= asked)
    g_main_context_iteration (NULL, TRUE);
  measuring = FALSE;
  if (total != NULL)
    *total = painted_at - since;
  return painted_at - since - waited;
}

/* Lets the main loop go quiet and any cross-fade end. */
void
bench_frames_settle (void)
{
  g_usleep (400 * 1000);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static int
compare (const void *a,
         const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* The value @percent of the way from the lowest of @values to the highest. */
double
bench_percentile (const double *values,
                  guint         n,
                  guint         percent)
{
  g_autofree double *sorted = g_memdup2 (values, n * sizeof (double));

  qsort (sorted, n, sizeof (double), compare);
  return sorted[MIN (n - 1, (n * percent) / 100)];
}

double
bench_median (const double *values,
              guint         n)
{
  return bench_percentile (values, n, 50);
}
