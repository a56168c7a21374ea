/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The seat chart drawn into an image: what each kind of seat looks like.
 * Needs fonts, no display. */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "mg-chart-layout.h"
#include "mg-election.h"
#include "mg-feed-parser.h"
#include "mg-state-result.h"
#include "mg-test-util.h"

#define WIDTH 400

static const char *english[] = { "en", NULL };

/* A grey "Others" with won and leading seats beside 11 undecided ones: the
 * case where shape, not shade, has to tell them apart. */
static const char *feed =
  "{\"format\": \"matganana-feed\", \"version\": 1, \"states\": [{\"id\": \"s\", "
  "\"name\": \"S\", \"seats\": 20, \"parties\": ["
  "{\"id\": \"a\", \"name\": \"A\", \"color\": \"#F97D09\", \"won\": 2, \"leading\": 3},"
  "{\"id\": \"oth\", \"name\": \"Others\", \"color\": \"#9A9A9A\", \"won\": 3, \"leading\": 1}]}]}";

static const MgChartColors colors = {
  { 0.1, 0.1, 0.1, 1 }, { 1, 1, 1, 1 }, { 0.1, 0.1, 0.1, 0.55 }
};

typedef struct {
  MgElection      *election;
  MgChartLayout   *layout;
  cairo_surface_t *surface;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (PangoContext) context =
    pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_t *cr;
  int height;

  fixture->election = mg_feed_parse_data (feed, strlen (feed), english, &error);
  g_assert_no_error (error);
  fixture->layout = mg_chart_layout_new (mg_election_get_state (fixture->election, 0), context,
                                         WIDTH);
  height = (int) mg_chart_layout_get_height (fixture->layout);
  fixture->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, height);
  cr = cairo_create (fixture->surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  mg_chart_layout_draw (fixture->layout, cr, &colors, NULL, 1);
  cairo_destroy (cr);
  cairo_surface_flush (fixture->surface);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->surface, cairo_surface_destroy);
  g_clear_pointer (&fixture->layout, mg_chart_layout_free);
  g_clear_object (&fixture->election);
}

/* Whether the pixel at (@x, @y) is the white background. */
static gboolean
is_background (Fixture *fixture,
               double   x,
               double   y)
{
  const guchar *data = cairo_image_surface_get_data (fixture->surface);
  int stride = cairo_image_surface_get_stride (fixture->surface);
  guint32 pixel;

  g_assert_cmpint ((int) x, >=, 0);
  g_assert_cmpint ((int) x, <, cairo_image_surface_get_width (fixture->surface));
  g_assert_cmpint ((int) y, >=, 0);
  g_assert_cmpint ((int) y, <, cairo_image_surface_get_height (fixture->surface));
  memcpy (&pixel, data + (int) y * stride + (int) x * 4, sizeof pixel);
  return (pixel & 0xffffff) == 0xffffff;
}

/* Of 72 directions from (@x, @y), how many have ink between @from and @to
 * times @r from the centre. */
static guint
inked_directions (Fixture *fixture,
                  double   x,
                  double   y,
                  double   r,
                  double   from,
                  double   to)
{
  guint n = 0;

  for (guint a = 0; a < 72; a++)
    {
      double angle = a * G_PI / 36;

      for (double d = from * r; d <= to * r; d += 0.5)
        if (!is_background (fixture, x + d * cos (angle), y + d * sin (angle)))
          {
            n++;
            break;
          }
    }
  return n;
}

/* An undecided seat is an empty, dashed circle: nothing inside, ink on much
 * of its edge, gaps in it. A won seat is solid and a leading seat a thick
 * ring, filled where an undecided seat is empty. */
static void
test_seat_shapes (Fixture       *fixture,
                  gconstpointer  data)
{
  guint counts[3] = { 0 };

  for (guint i = 0; i < mg_chart_layout_get_n_seats (fixture->layout); i++)
    {
      double x, y, r;
      guint32 rgb;
      MgChartSeatKind kind;
      guint edge;

      mg_chart_layout_get_seat (fixture->layout, i, &x, &y, &r, &rgb, &kind);
      g_assert_cmpfloat (r, >, 5);
      counts[kind]++;
      switch (kind)
        {
        case MG_CHART_SEAT_UNDECIDED:
          g_assert_cmphex (rgb, ==, 0);
          g_assert_true (is_background (fixture, x, y));
          g_assert_cmpuint (inked_directions (fixture, x, y, r, 0, 0.7), ==, 0);
          edge = inked_directions (fixture, x, y, r, 0.7, 1.0);
          g_test_message ("seat %u: ink in %u of 72 directions at its edge", i, edge);
          g_assert_cmpuint (edge, >=, 36);
          g_assert_cmpuint (edge, <, 68);
          break;
        case MG_CHART_SEAT_LEADING:
          g_assert_true (is_background (fixture, x, y));
          g_assert_cmpuint (inked_directions (fixture, x, y, r, 0.7, 0.8), ==, 72);
          break;
        case MG_CHART_SEAT_WON:
        default:
          g_assert_false (is_background (fixture, x, y));
          g_assert_cmpuint (inked_directions (fixture, x, y, r, 0, 0.2), ==, 72);
          break;
        }
    }
  g_assert_cmpuint (counts[MG_CHART_SEAT_WON], ==, 5);
  g_assert_cmpuint (counts[MG_CHART_SEAT_LEADING], ==, 4);
  g_assert_cmpuint (counts[MG_CHART_SEAT_UNDECIDED], ==, 11);
}

/* The legend's keys after the parties: "Won" a dot, "Leading" a ring, "No
 * result yet" an empty outline like the seats. Each key's symbol is a 12 px
 * circle at the start of its entry, centred on the first line. */
static void
test_legend_keys (Fixture       *fixture,
                  gconstpointer  data)
{
  guint n = mg_chart_layout_get_n_legend_items (fixture->layout);
  double x, y, width, height, cx, cy;

  g_assert_cmpuint (n, ==, 2 + 3);

  mg_chart_layout_get_legend_item (fixture->layout, 2, &x, &y, &width, &height);
  cx = x + 6;
  cy = y + MIN (height, 24) / 2;
  g_assert_false (is_background (fixture, cx, cy));

  mg_chart_layout_get_legend_item (fixture->layout, 3, &x, &y, &width, &height);
  cx = x + 6;
  cy = y + MIN (height, 24) / 2;
  g_assert_true (is_background (fixture, cx, cy));
  g_assert_cmpuint (inked_directions (fixture, cx, cy, 6, 0.6, 0.8), ==, 72);

  mg_chart_layout_get_legend_item (fixture->layout, 4, &x, &y, &width, &height);
  cx = x + 6;
  cy = y + MIN (height, 24) / 2;
  g_assert_true (is_background (fixture, cx, cy));
  g_assert_cmpuint (inked_directions (fixture, cx, cy, 6, 0, 0.45), ==, 0);
  g_assert_cmpuint (inked_directions (fixture, cx, cy, 6, 0.6, 1.0), >=, 36);
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  guint32 pixel;

  memcpy (&pixel, cairo_image_surface_get_data (surface) +
                    y * cairo_image_surface_get_stride (surface) + x * 4, sizeof pixel);
  return pixel & 0xffffff;
}

/* Drawn on either style's background, every leading seat of the bundled
 * results has ring pixels that stand out from it by 3:1, light orange and
 * blue on white and dark blue on the dark style included. Looks along the
 * four axes from each seat's centre, for a pixel the ring covers whole. */
static void
test_ring_contrast (void)
{
  static const struct {
    guint32       background;
    MgChartColors colors;
  } styles[] = {
    { 0xffffff, { { 0.18, 0.2, 0.21, 1 }, { 1, 1, 1, 1 }, { 0.18, 0.2, 0.21, 0.55 } } },
    { 0x2d2d2d, { { 0.93, 0.93, 0.93, 1 }, { 45 / 255.0, 45 / 255.0, 45 / 255.0, 1 },
                  { 0.93, 0.93, 0.93, 0.55 } } },
  };
  g_autoptr (MgElection) election = mg_test_load_bundled (english);
  g_autoptr (PangoContext) context =
    pango_font_map_create_context (pango_cairo_font_map_get_default ());
  static const int axes[4][2] = { { 1, 0 }, { 0, 1 }, { -1, 0 }, { 0, -1 } };
  guint checked = 0;

  for (guint s = 0; s < mg_election_get_n_states (election); s++)
    for (guint k = 0; k < G_N_ELEMENTS (styles); k++)
      {
        g_autoptr (MgChartLayout) layout =
          mg_chart_layout_new (mg_election_get_state (election, s), context, 600);
        cairo_surface_t *surface =
          cairo_image_surface_create (CAIRO_FORMAT_RGB24, 600,
                                      (int) mg_chart_layout_get_height (layout));
        cairo_t *cr = cairo_create (surface);

        cairo_set_source_rgb (cr, styles[k].colors.bg[0], styles[k].colors.bg[1],
                              styles[k].colors.bg[2]);
        cairo_paint (cr);
        mg_chart_layout_draw (layout, cr, &styles[k].colors, NULL, 1);
        cairo_destroy (cr);
        cairo_surface_flush (surface);

        for (guint i = 0; i < mg_chart_layout_get_n_seats (layout); i++)
          {
            double x, y, r;
            guint32 rgb;
            MgChartSeatKind kind;

            mg_chart_layout_get_seat (layout, i, &x, &y, &r, &rgb, &kind);
            if (kind != MG_CHART_SEAT_LEADING)
              continue;
            g_assert_cmphex (pixel_at (surface, (int) x, (int) y), ==, styles[k].background);
            for (guint a = 0; a < G_N_ELEMENTS (axes); a++)
              {
                double best = 1;

                for (double d = 0.5 * r; d <= r; d += 0.5)
                  {
                    guint32 pixel = pixel_at (surface, (int) (x + axes[a][0] * d),
                                              (int) (y + axes[a][1] * d));

                    best = MAX (best, mg_chart_contrast_ratio (pixel, styles[k].background));
                  }
                if (best < MG_CHART_GRAPHICS_CONTRAST)
                  g_error ("state %u, background #%06x: seat %u (#%06x) is at best %.2f:1", s,
                           styles[k].background, i, rgb, best);
              }
            checked++;
          }
        cairo_surface_destroy (surface);
      }
  /* Gujarat's 182 seats are all leading, Himachal Pradesh's 29 of 68. */
  g_assert_cmpuint (checked, ==, 2 * (182 + 29));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/chart/draw/seat-shapes", Fixture, NULL, fixture_set_up, test_seat_shapes,
              fixture_tear_down);
  g_test_add ("/chart/draw/legend-keys", Fixture, NULL, fixture_set_up, test_legend_keys,
              fixture_tear_down);
  g_test_add_func ("/chart/draw/ring-contrast", test_ring_contrast);

  return g_test_run ();
}
