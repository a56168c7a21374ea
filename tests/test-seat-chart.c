/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The seat chart widget, rendered by GTK under a real X server. */
#include "config.h"

#include <gtk/gtk.h>

#include "mg-election.h"
#include "mg-seat-chart.h"
#include "mg-state-result.h"
#include "mg-test-util.h"

static const char *english[] = { "en", NULL };

#define FEED(red, green, blue, grey) \
  "{\"format\": \"matganana-feed\", \"version\": 1, \"states\": [{\"id\": \"s\", " \
  "\"name\": \"S\", \"seats\": 100, \"parties\": [" \
  "{\"id\": \"r\", \"name\": \"Red\", \"color\": \"#FF0000\", \"won\": " #red ", \"leading\": 0}," \
  "{\"id\": \"g\", \"name\": \"Green\", \"color\": \"#00FF00\", \"won\": " #green ", \"leading\": 0}," \
  "{\"id\": \"b\", \"name\": \"Blue\", \"color\": \"#0000FF\", \"won\": " #blue ", \"leading\": 0}," \
  "{\"id\": \"k\", \"name\": \"Black\", \"color\": \"#000000\", \"won\": " #grey ", \"leading\": 0}]}]}"

static gboolean
drawn (gpointer data)
{
  return mg_seat_chart_get_n_draws (MG_SEAT_CHART (data)) > 0;
}

static GtkWidget *
show_chart (MgStateResult *state,
            GtkWindow    **window_out)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *chart = mg_seat_chart_new ();

  /* No blending in the pixel counts. */
  g_object_set (gtk_widget_get_settings (window), "gtk-enable-animations", FALSE, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 600);
  gtk_window_set_child (GTK_WINDOW (window), chart);
  mg_seat_chart_set_state (MG_SEAT_CHART (chart), state);
  gtk_window_present (GTK_WINDOW (window));
  mg_test_wait_for (drawn, chart);
  *window_out = GTK_WINDOW (window);
  return chart;
}

/* Renders @widget through the window's renderer and returns RGBA pixels. */
static guchar *
render_pixels (GtkWidget *widget,
               GtkWindow *window,
               int       *width,
               int       *height)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  guchar *pixels;

  *width = gtk_widget_get_width (widget);
  *height = gtk_widget_get_height (widget);
  gdk_paintable_snapshot (paintable, snapshot, *width, *height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, *width, *height));
  pixels = g_malloc ((gsize) *width * *height * 4);
  gdk_texture_download (texture, pixels, (gsize) *width * 4);
  return pixels;
}

/* With every seat won, each party's colour covers its share of the
 * hemicycle's dots. */
static void
test_colour_shares (void)
{
  g_autoptr (MgElection) election = mg_test_parse (FEED (50, 30, 15, 5), english);
  GtkWindow *window;
  GtkWidget *chart = show_chart (mg_election_get_state (election, 0), &window);
  g_autofree guchar *pixels = NULL;
  double counts[4] = { 0 }, total = 0;
  static const double expected[4] = { 0.50, 0.30, 0.15, 0.05 };
  int width, height;

  pixels = render_pixels (chart, window, &width, &height);

  for (int y = 0; y < height; y++)
    {
      double row[4] = { 0 };

      for (int x = 0; x < width; x++)
        {
          /* Cairo's image data: BGRA in memory on little-endian machines. */
          const guchar *p = pixels + ((gsize) y * width + x) * 4;
          int b = p[0], g = p[1], r = p[2], a = p[3];

          if (a < 250)
            continue;
          if (r > 230 && g < 25 && b < 25)
            row[0]++;
          else if (g > 230 && r < 25 && b < 25)
            row[1]++;
          else if (b > 230 && r < 25 && g < 25)
            row[2]++;
          else if (r < 25 && g < 25 && b < 25)
            row[3]++;
        }
      /* A row that is a third red is the stacked bar: the dots end above it. */
      if (row[0] > width * 0.35)
        break;
      for (int i = 0; i < 4; i++)
        counts[i] += row[i];
    }

  for (int i = 0; i < 4; i++)
    total += counts[i];
  g_assert_cmpfloat (total, >, 2000);
  for (int i = 0; i < 4; i++)
    {
      double share = counts[i] / total;

      g_test_message ("party %d: %.0f pixels, %.3f of the dots (seats: %.2f)", i, counts[i], share,
                      expected[i]);
      if (ABS (share - expected[i]) > 0.03)
        g_error ("party %d covers %.3f of the dots, expected %.2f", i, share, expected[i]);
    }

  gtk_window_destroy (window);
}

/* Nothing changes, nothing is drawn; a change draws again. */
static void
test_no_redraw_without_change (void)
{
  g_autoptr (MgElection) election = mg_test_parse (FEED (50, 30, 15, 5), english);
  g_autoptr (MgElection) same = mg_test_parse (FEED (50, 30, 15, 5), english);
  g_autoptr (MgElection) changed = mg_test_parse (FEED (40, 40, 15, 5), english);
  GtkWindow *window;
  GtkWidget *chart = show_chart (mg_election_get_state (election, 0), &window);
  guint draws;

  mg_test_spin (300);
  draws = mg_seat_chart_get_n_draws (MG_SEAT_CHART (chart));

  g_assert_false (mg_election_update_from (election, same));
  mg_test_spin (300);
  g_assert_cmpuint (mg_seat_chart_get_n_draws (MG_SEAT_CHART (chart)), ==, draws);

  g_assert_true (mg_election_update_from (election, changed));
  mg_test_spin (300);
  g_assert_cmpuint (mg_seat_chart_get_n_draws (MG_SEAT_CHART (chart)), >, draws);

  gtk_window_destroy (window);
}

/* With animations on, a change blends over a few frames and then stops. */
static void
test_transition_ends (void)
{
  g_autoptr (MgElection) election = mg_test_parse (FEED (50, 30, 15, 5), english);
  g_autoptr (MgElection) changed = mg_test_parse (FEED (20, 60, 15, 5), english);
  GtkWindow *window;
  GtkWidget *chart = show_chart (mg_election_get_state (election, 0), &window);
  guint before, after_blend;

  g_object_set (gtk_widget_get_settings (chart), "gtk-enable-animations", TRUE, NULL);
  mg_test_spin (200);
  before = mg_seat_chart_get_n_draws (MG_SEAT_CHART (chart));
  mg_election_update_from (election, changed);
  mg_test_spin (600);
  after_blend = mg_seat_chart_get_n_draws (MG_SEAT_CHART (chart));
  g_assert_cmpuint (after_blend, >, before + 1);
  mg_test_spin (400);
  g_assert_cmpuint (mg_seat_chart_get_n_draws (MG_SEAT_CHART (chart)), ==, after_blend);

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/seat-chart/colour-shares", test_colour_shares);
  g_test_add_func ("/seat-chart/no-redraw-without-change", test_no_redraw_without_change);
  g_test_add_func ("/seat-chart/transition-ends", test_transition_ends);

  return g_test_run ();
}
