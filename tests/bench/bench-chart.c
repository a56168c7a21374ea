/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Drawing the seat chart offscreen, against a baseline in the same run that
 * fills the same number of circles with plain cairo. Alternates the two,
 * several rounds, and prints medians and their ratio. */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <stdlib.h>
#include <string.h>

#include "mg-chart-layout.h"
#include "mg-election.h"
#include "mg-feed-parser.h"
#include "mg-hemicycle.h"
#include "mg-state-result.h"

#define WIDTH  800
#define HEIGHT 900
#define ROUNDS 15

static const char *english[] = { "en", NULL };

static MgElection *
make_feed (guint seats)
{
  g_autofree char *json = g_strdup_printf (
    "{\"format\": \"matganana-feed\", \"version\": 1, \"states\": [{\"id\": \"s\", \"name\": \"S\", "
    "\"seats\": %u, \"parties\": ["
    "{\"id\": \"a\", \"name\": \"भाजपा\", \"color\": \"#F97D09\", \"won\": %u, \"leading\": %u},"
    "{\"id\": \"b\", \"name\": \"कांग्रेस\", \"color\": \"#19AAED\", \"won\": %u, \"leading\": %u},"
    "{\"id\": \"c\", \"name\": \"AAP\", \"color\": \"#1F4E8C\", \"won\": %u, \"leading\": %u}]}]}",
    seats, seats * 3 / 10, seats / 5, seats / 10, seats / 10, seats / 20, seats / 20);
  g_autoptr (GError) error = NULL;
  MgElection *election = mg_feed_parse_data (json, strlen (json), english, &error);

  g_assert_no_error (error);
  return election;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return values[n / 2];
}

/* The baseline: the same circles, one arc and fill each, plain cairo. */
static void
draw_baseline (cairo_t     *cr,
               MgHemicycle *hemicycle)
{
  double scale = 280, r = hemicycle->dot_radius * scale;

  for (guint i = 0; i < hemicycle->n_seats; i++)
    {
      cairo_arc (cr, 120 + hemicycle->seats[i].x * scale, 20 + (1 - hemicycle->seats[i].y) * scale,
                 r, 0, 2 * G_PI);
      cairo_set_source_rgb (cr, (i % 3) / 3.0, 0.5, 0.2);
      cairo_fill (cr);
    }
}

int
main (int   argc,
      char *argv[])
{
  static const guint sizes[] = { 68, 182, 543, 10000 };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  MgChartColors colors = { { 0.2, 0.2, 0.2, 1 }, { 1, 1, 1, 1 }, { 0.2, 0.2, 0.2, 0.55 } };
  double ratio_543 = 0;

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr (MgElection) election = make_feed (sizes[s]);
      MgStateResult *state = mg_election_get_state (election, 0);
      g_autoptr (MgHemicycle) hemicycle = mg_hemicycle_new (sizes[s]);
      double chart_times[ROUNDS], base_times[ROUNDS], layout_times[ROUNDS], chart, base;

      for (guint round = 0; round < ROUNDS; round++)
        {
          cairo_t *cr;
          gint64 start;

          /* Laying the chart out happens once per change or width; the
           * widget keeps the layout between frames. Timed on its own. */
          MgChartLayout *layout;

          start = g_get_monotonic_time ();
          layout = mg_chart_layout_new (state, context, WIDTH);
          layout_times[round] = g_get_monotonic_time () - start;

          /* The chart: every seat, the majority line, bar and legend. */
          cr = cairo_create (surface);
          start = g_get_monotonic_time ();
          mg_chart_layout_draw (layout, cr, &colors, NULL, 1);
          cairo_surface_flush (surface);
          chart_times[round] = g_get_monotonic_time () - start;
          cairo_destroy (cr);
          mg_chart_layout_free (layout);

          cr = cairo_create (surface);
          start = g_get_monotonic_time ();
          draw_baseline (cr, hemicycle);
          cairo_surface_flush (surface);
          base_times[round] = g_get_monotonic_time () - start;
          cairo_destroy (cr);
        }

      chart = median (chart_times, ROUNDS);
      base = median (base_times, ROUNDS);
      g_print ("chart-%u: draw %.0f us, baseline %.0f us, ratio %.2f (layout %.0f us)\n",
               sizes[s], chart, base, chart / base, median (layout_times, ROUNDS));
      if (sizes[s] == 543)
        ratio_543 = chart / base;
    }

  g_print ("chart-ratio: %.2f\n", ratio_543);

  g_object_unref (context);
  cairo_surface_destroy (surface);
  return 0;
}
