/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Text in the seat chart: Devanagari shapes with the app's fonts, and the
 * chart's legend and hit areas hold at any width. Needs fonts, no display. */
#include "config.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "mg-chart-layout.h"
#include "mg-election.h"
#include "mg-feed-loader.h"
#include "mg-article.h"
#include "mg-party-result.h"
#include "mg-state-result.h"
#include "mg-summary.h"
#include "mg-test-util.h"

static const char *fonts[] = { "Sans 11", "Noto Sans 11", "Noto Sans Devanagari 11" };

static PangoContext *
new_context (const char *font)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_context_set_font_description (context, description);
  pango_context_set_language (context, pango_language_from_string ("hi"));
  pango_font_description_free (description);
  return context;
}

/* Glyphs in @text's layout; fails on any glyph the fonts do not have. */
static guint
count_glyphs (PangoContext *context,
              const char   *text)
{
  g_autoptr (PangoLayout) layout = pango_layout_new (context);
  PangoLayoutIter *iter;
  guint n = 0;

  pango_layout_set_text (layout, text, -1);
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);

      if (run == NULL)
        continue;
      for (int g = 0; g < run->glyphs->num_glyphs; g++)
        {
          PangoGlyph glyph = run->glyphs->glyphs[g].glyph;

          if (glyph == PANGO_GLYPH_EMPTY)
            continue;
          if (glyph & PANGO_GLYPH_UNKNOWN_FLAG)
            g_error ("no glyph for U+%04X in “%s”", glyph & ~PANGO_GLYPH_UNKNOWN_FLAG, text);
          n++;
        }
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);
  return n;
}

static gboolean
has_devanagari (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_utf8_get_char (p) >= 0x0900 && g_utf8_get_char (p) <= 0x097f)
      return TRUE;
  return FALSE;
}

/* The msgstr texts of po/hi.po (enough of the PO syntax for that). */
static GPtrArray *
catalogue_strings (void)
{
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = NULL;
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);
  GString *current = NULL;

  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "..", "po", "hi.po", NULL), &contents,
                       NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      const char *quote = strchr (line, '"');

      if (g_str_has_prefix (line, "msgstr"))
        {
          if (current != NULL)
            g_ptr_array_add (strings, g_string_free (current, FALSE));
          current = g_string_new (NULL);
        }
      else if (!g_str_has_prefix (line, "\"") || current == NULL)
        {
          if (current != NULL)
            g_ptr_array_add (strings, g_string_free (current, FALSE));
          current = NULL;
          continue;
        }
      if (quote != NULL && current != NULL)
        {
          g_autofree char *inner = g_strndup (quote + 1, strlen (quote + 1) - 1);
          g_autofree char *unescaped = g_strcompress (inner);

          g_string_append (current, unescaped);
        }
    }
  if (current != NULL)
    g_ptr_array_add (strings, g_string_free (current, FALSE));
  return strings;
}

static void
test_no_unknown_glyphs (void)
{
  static const char *hindi[] = { "hi", NULL };
  g_autoptr (MgElection) election = mg_test_load_bundled (hindi);
  g_autoptr (GPtrArray) strings = catalogue_strings ();
  g_autoptr (MgArticle) article = g_list_model_get_item (mg_election_get_articles (election), 0);
  guint checked = 0;

  for (guint s = 0; s < mg_election_get_n_states (election); s++)
    {
      MgStateResult *state = mg_election_get_state (election, s);

      g_ptr_array_add (strings, g_strdup (mg_state_result_get_name (state)));
      for (guint p = 0; p < mg_state_result_get_n_parties (state); p++)
        g_ptr_array_add (strings, g_strdup (mg_party_result_get_name (mg_state_result_get_party (state, p))));
    }
  g_ptr_array_add (strings, mg_article_dup_text (article));
  g_ptr_array_add (strings, g_strdup (mg_article_get_related (article, 0)->title));

  for (guint f = 0; f < G_N_ELEMENTS (fonts); f++)
    {
      g_autoptr (PangoContext) context = new_context (fonts[f]);

      for (guint i = 0; i < strings->len; i++)
        {
          const char *text = g_ptr_array_index (strings, i);

          if (!has_devanagari (text))
            continue;
          count_glyphs (context, text);
          checked++;
        }
    }
  /* The bundled names and article, and the whole catalogue, in each font. */
  g_assert_cmpuint (checked, >, 100 * G_N_ELEMENTS (fonts));
}

/* Conjuncts, matras and reph form ligatures: fewer glyphs than code points. */
static void
test_conjuncts (void)
{
  static const char *words[] = { "प्रचंड", "कांग्रेस", "प्रियंका", "क्रेडिट", "इस्तीफा", "निर्दलीय" };

  for (guint f = 0; f < G_N_ELEMENTS (fonts); f++)
    {
      g_autoptr (PangoContext) context = new_context (fonts[f]);

      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        {
          guint glyphs = count_glyphs (context, words[i]);
          guint code_points = g_utf8_strlen (words[i], -1);

          if (glyphs >= code_points)
            g_error ("%s: “%s” shaped to %u glyphs for %u code points", fonts[f], words[i],
                     glyphs, code_points);
        }
    }
}

static MgStateResult *
many_parties (void)
{
  static const char *english[] = { "en", NULL };
  g_autoptr (GString) json = g_string_new ("{\"format\": \"matganana-feed\", \"version\": 1, "
                                           "\"states\": [{\"id\": \"s\", \"name\": \"S\", "
                                           "\"seats\": 1000, \"parties\": [");
  g_autoptr (MgElection) election = NULL;

  for (guint i = 0; i < 200; i++)
    g_string_append_printf (json, "%s{\"id\": \"p%u\", \"name\": \"%s %u\", \"won\": %u, "
                            "\"leading\": %u}", i ? ", " : "", i,
                            i % 2 ? "भारतीय राष्ट्रीय कांग्रेस" : "Rashtriya Lok Dal", i, i % 3, i % 2);
  g_string_append (json, "]}]}");
  election = mg_test_parse (json->str, english);
  return g_object_ref (mg_election_get_state (election, 0));
}

/* At a narrow and a 4K width, legend entries stay inside the chart and never
 * overlap, and every seat is where the hit test finds its party. */
static void
test_layout_widths (void)
{
  g_autoptr (MgStateResult) state = many_parties ();
  g_autoptr (PangoContext) context = new_context ("Sans 11");
  static const double widths[] = { 240, 360, 1280, 3840 };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autoptr (MgChartLayout) layout = mg_chart_layout_new (state, context, widths[w]);
      guint n = mg_chart_layout_get_n_seats (layout);

      guint n_items = mg_chart_layout_get_n_legend_items (layout);

      /* The 166 parties with seats, one entry for the 34 with none (every
       * sixth), and the three key entries. */
      g_assert_cmpuint (n_items, ==, 170);
      for (guint a = 0; a < n_items; a++)
        {
          double ax, ay, aw, ah;

          mg_chart_layout_get_legend_item (layout, a, &ax, &ay, &aw, &ah);
          g_assert_cmpfloat (ax, >=, 0);
          g_assert_cmpfloat (ax + aw, <=, widths[w] + 0.5);
          g_assert_cmpfloat (ay + ah, <=, mg_chart_layout_get_height (layout));
          for (guint b = a + 1; b < n_items; b++)
            {
              double bx, by, bw, bh;

              mg_chart_layout_get_legend_item (layout, b, &bx, &by, &bw, &bh);
              if (ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah)
                g_error ("width %g: legend entries %u and %u overlap", widths[w], a, b);
            }
        }

      for (guint i = 0; i < n; i++)
        {
          double x, y, r;
          guint32 rgb;
          MgChartSeatKind kind;
          MgPartyResult *hit;

          mg_chart_layout_get_seat (layout, i, &x, &y, &r, &rgb, &kind);
          g_assert_cmpfloat (x - r, >=, 0);
          g_assert_cmpfloat (x + r, <=, widths[w]);
          hit = mg_chart_layout_hit (layout, x, y);
          if (kind == MG_CHART_SEAT_UNDECIDED)
            {
              g_assert_null (hit);
            }
          else
            {
              guint index = 0;

              g_assert_nonnull (hit);
              while (index < mg_state_result_get_n_parties (state) &&
                     mg_state_result_get_party (state, index) != hit)
                index++;
              g_assert_cmpuint (index, <, mg_state_result_get_n_parties (state));
              g_assert_cmphex (mg_chart_party_color (hit, index), ==, rgb);
            }
        }
    }
}

/* The tooltip and the screen reader get the numbers in words. */
static void
test_descriptions (void)
{
  static const char *english[] = { "en", NULL };
  g_autoptr (MgElection) election = mg_test_load_bundled (english);
  MgStateResult *gujarat = mg_election_get_state (election, 0);
  g_autoptr (PangoContext) context = new_context ("Sans 11");
  g_autoptr (MgChartLayout) layout = mg_chart_layout_new (gujarat, context, 600);
  g_autofree char *description = mg_summary_dup_chart_description (gujarat);
  g_autofree char *tooltip = NULL;
  double x, y, r;
  guint32 rgb;
  MgChartSeatKind kind;
  MgPartyResult *hit;

  g_assert_cmpstr (description, ==,
                   "BJP 158 seats, 0 won and 158 leading; Congress 16 seats, 0 won and 16 leading; "
                   "AAP 4 seats, 0 won and 4 leading; Others 4 seats, 0 won and 4 leading; "
                   "majority 92; 0 of 182 seats decided.");

  /* Seat 0 is BJP's; the last seat is Others'. */
  mg_chart_layout_get_seat (layout, 0, &x, &y, &r, &rgb, &kind);
  g_assert_cmphex (rgb, ==, 0xF97D09);
  g_assert_cmpint (kind, ==, MG_CHART_SEAT_LEADING);
  hit = mg_chart_layout_hit (layout, x, y);
  g_assert_cmpstr (mg_party_result_get_id (hit), ==, "bjp");
  tooltip = mg_summary_dup_party_line (hit);
  g_assert_cmpstr (tooltip, ==, "BJP: 158 seats (0 won, 158 leading)");

  mg_chart_layout_get_seat (layout, 181, &x, &y, &r, &rgb, &kind);
  g_assert_cmpstr (mg_party_result_get_id (mg_chart_layout_hit (layout, x, y)), ==, "others");
  g_assert_null (mg_chart_layout_hit (layout, -10, -10));
}

static void
test_text_contrast (void)
{
  double rgba[4];

  mg_chart_colors_text_on (0xF97D09, rgba);
  g_assert_cmpfloat (rgba[0], ==, 0.0);
  mg_chart_colors_text_on (0x1F4E8C, rgba);
  g_assert_cmpfloat (rgba[0], ==, 1.0);
  mg_chart_colors_text_on (0xFFFFFF, rgba);
  g_assert_cmpfloat (rgba[0], ==, 0.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/shaping/no-unknown-glyphs", test_no_unknown_glyphs);
  g_test_add_func ("/chart/shaping/conjuncts", test_conjuncts);
  g_test_add_func ("/chart/layout/widths", test_layout_widths);
  g_test_add_func ("/chart/layout/descriptions", test_descriptions);
  g_test_add_func ("/chart/text-contrast", test_text_contrast);

  return g_test_run ();
}
