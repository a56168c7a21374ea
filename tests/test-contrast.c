/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Contrast against the background, by WCAG 2.1's formula: text colours of
 * the style sheet at 4.5:1, the chart's leading rings at 3:1. No display. */
#include "config.h"

#include <string.h>

#include "mg-chart-layout.h"
#include "mg-election.h"
#include "mg-party-result.h"
#include "mg-state-result.h"
#include "mg-test-util.h"

/* What Adwaita (GTK 4.8) draws a state page on: its base colour, in the
 * light and in the dark style. */
#define LIGHT_BACKGROUND 0xffffff
#define DARK_BACKGROUND  0x2d2d2d

#define TEXT_CONTRAST 4.5

/* The colour @name has in ui/style.css's @define-color lines. */
static guint32
style_color (const char *name)
{
  g_autofree char *contents = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) lines = NULL;
  g_autofree char *prefix = g_strdup_printf ("@define-color %s #", name);

  g_file_get_contents (g_test_get_filename (G_TEST_DIST, "..", "ui", "style.css", NULL), &contents,
                       NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      {
        const char *hex = lines[i] + strlen (prefix);

        g_assert_true (g_ascii_isxdigit (hex[5]) && hex[6] == ';');
        return (guint32) g_ascii_strtoull (hex, NULL, 16);
      }
  g_error ("ui/style.css defines no %s", name);
  return 0;
}

static void
test_ratio (void)
{
  g_assert_cmpfloat_with_epsilon (mg_chart_contrast_ratio (0x000000, 0xffffff), 21, 1e-9);
  g_assert_cmpfloat_with_epsilon (mg_chart_contrast_ratio (0xffffff, 0x000000), 21, 1e-9);
  g_assert_cmpfloat_with_epsilon (mg_chart_contrast_ratio (0x777777, 0x777777), 1, 1e-9);
  /* Adwaita's success green as text on white: why the style sheet has its own. */
  g_assert_cmpfloat (mg_chart_contrast_ratio (0x33d17a, 0xffffff), <, 2.0);
}

/* The change column's gain and loss colours, each on its style's background. */
static void
test_change_text (void)
{
  static const struct {
    const char *name;
    guint32     background;
  } colors[] = {
    { "mg_gain_color", LIGHT_BACKGROUND },
    { "mg_loss_color", LIGHT_BACKGROUND },
    { "mg_dark_gain_color", DARK_BACKGROUND },
    { "mg_dark_loss_color", DARK_BACKGROUND },
  };

  for (guint i = 0; i < G_N_ELEMENTS (colors); i++)
    {
      guint32 rgb = style_color (colors[i].name);
      double ratio = mg_chart_contrast_ratio (rgb, colors[i].background);

      g_test_message ("%s #%06x on #%06x: %.2f:1", colors[i].name, rgb, colors[i].background,
                      ratio);
      if (ratio < TEXT_CONTRAST)
        g_error ("%s #%06x is %.2f:1 on #%06x, less than %.1f:1", colors[i].name, rgb, ratio,
                 colors[i].background, TEXT_CONTRAST);
    }
}

/* Every bundled party's leading ring stands out 3:1 from either style's
 * background and from the printed page, and keeps the party's own colour
 * when that already does. */
static void
test_bundled_rings (void)
{
  static const char *english[] = { "en", NULL };
  static const guint32 backgrounds[] = { LIGHT_BACKGROUND, DARK_BACKGROUND };
  g_autoptr (MgElection) election = mg_test_load_bundled (english);
  guint checked = 0;

  for (guint s = 0; s < mg_election_get_n_states (election); s++)
    {
      MgStateResult *state = mg_election_get_state (election, s);

      for (guint p = 0; p < mg_state_result_get_n_parties (state); p++)
        {
          MgPartyResult *party = mg_state_result_get_party (state, p);
          guint32 rgb = mg_chart_party_color (party, p);

          for (guint b = 0; b < G_N_ELEMENTS (backgrounds); b++)
            {
              guint32 ring = mg_chart_leading_color (rgb, backgrounds[b]);
              double ratio = mg_chart_contrast_ratio (ring, backgrounds[b]);

              g_test_message ("%s %s #%06x on #%06x: %.2f:1, ring #%06x: %.2f:1",
                              mg_state_result_get_id (state), mg_party_result_get_id (party), rgb,
                              backgrounds[b], mg_chart_contrast_ratio (rgb, backgrounds[b]), ring,
                              ratio);
              g_assert_cmpfloat (ratio, >=, MG_CHART_GRAPHICS_CONTRAST);
              if (mg_chart_contrast_ratio (rgb, backgrounds[b]) >= MG_CHART_GRAPHICS_CONTRAST)
                g_assert_cmphex (ring, ==, rgb);
              checked++;
            }
        }
    }
  g_assert_cmpuint (checked, ==, 2 * (4 + 3));
}

/* Any colour on any background, light, dark or in between. */
static void
test_any_ring (void)
{
  static const guint32 backgrounds[] = {
    0xffffff, 0xf6f5f4, 0x2d2d2d, 0x000000, 0x767676, 0x595959,
  };

  for (guint b = 0; b < G_N_ELEMENTS (backgrounds); b++)
    for (guint32 r = 0; r <= 0xff; r += 0x11)
      for (guint32 g = 0; g <= 0xff; g += 0x11)
        for (guint32 bl = 0; bl <= 0xff; bl += 0x11)
          {
            guint32 rgb = (r << 16) | (g << 8) | bl;
            guint32 ring = mg_chart_leading_color (rgb, backgrounds[b]);

            if (mg_chart_contrast_ratio (ring, backgrounds[b]) < MG_CHART_GRAPHICS_CONTRAST)
              g_error ("#%06x on #%06x: ring #%06x is %.2f:1", rgb, backgrounds[b], ring,
                       mg_chart_contrast_ratio (ring, backgrounds[b]));
          }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/contrast/ratio", test_ratio);
  g_test_add_func ("/contrast/change-text", test_change_text);
  g_test_add_func ("/contrast/bundled-rings", test_bundled_rings);
  g_test_add_func ("/contrast/any-ring", test_any_ring);

  return g_test_run ();
}
