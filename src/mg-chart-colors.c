/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-chart-colors"

#include "config.h"

#include <math.h>

#include "mg-chart-colors.h"
#include "mg-party-result.h"

/* The chart's colour arithmetic: parties' colours, WCAG contrast, and the
 * colours that reach it. Pure functions, shared by the screen, print and
 * PDF, and tested on their own. */

/* Distinct, colour-blind-aware fallbacks for parties without a colour. */
static const guint32 fallback_palette[] = {
  0x3584e4, 0xe66100, 0x2ec27e, 0x9141ac, 0xc01c28, 0x865e3c, 0xf5c211, 0x1c71d8,
};

guint32
mg_chart_party_color (MgPartyResult *party,
                      guint          index)
{
  guint32 rgb;

  if (mg_party_result_get_color (party, &rgb))
    return rgb;
  return mg_chart_fallback_color (index);
}

/* Returns: the colour of the @index-th party without one of its own */
guint32
mg_chart_fallback_color (guint index)
{
  return fallback_palette[index % G_N_ELEMENTS (fallback_palette)];
}

static double
channel_luminance (guint value)
{
  double c = value / 255.0;

  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/* WCAG's relative luminance. */
static double
luminance (guint32 rgb)
{
  return 0.2126 * channel_luminance ((rgb >> 16) & 0xff) +
         0.7152 * channel_luminance ((rgb >> 8) & 0xff) +
         0.0722 * channel_luminance (rgb & 0xff);
}

/**
 * mg_chart_contrast_ratio:
 *
 * Returns: the WCAG contrast ratio of @a and @b, from 1 to 21
 */
double
mg_chart_contrast_ratio (guint32 a,
                         guint32 b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* Black or white, whichever contrasts more with @rgb (WCAG luminance). */
void
mg_chart_colors_text_on (guint32  rgb,
                         double  *rgba)
{
  double value = mg_chart_contrast_ratio (rgb, 0x000000) > mg_chart_contrast_ratio (rgb, 0xffffff)
                   ? 0.0
                   : 1.0;

  rgba[0] = rgba[1] = rgba[2] = value;
  rgba[3] = 1.0;
}

/* @a moved towards @b by @t, from 0 (@a) to 1 (@b). */
guint32
mg_chart_mix_rgb (guint32 a,
                  guint32 b,
                  double  t)
{
  guint32 out = 0;

  for (int shift = 0; shift <= 16; shift += 8)
    {
      double ca = (a >> shift) & 0xff, cb = (b >> shift) & 0xff;

      out |= ((guint32) lround (ca + (cb - ca) * t) & 0xff) << shift;
    }
  return out;
}

/**
 * mg_chart_leading_color:
 * @rgb: a party's colour
 * @background: what the chart is drawn on
 *
 * The colour a leading seat's ring of @rgb is drawn in: @rgb when it stands
 * out from @background by 3:1 (WCAG's figure for graphics), else @rgb
 * darkened (on a light background) or lightened (on a dark one) only as
 * far as it takes. A ring is thin, and light orange or blue on white, say,
 * would fade into the page; the hue stays, so it still reads as its party.
 *
 * Returns: the ring's colour
 */
guint32
mg_chart_leading_color (guint32 rgb,
                        guint32 background)
{
  guint32 target = mg_chart_contrast_ratio (background, 0x000000) >
                       mg_chart_contrast_ratio (background, 0xffffff)
                     ? 0x000000
                     : 0xffffff;

  for (guint step = 0; step < 32; step++)
    {
      guint32 color = mg_chart_mix_rgb (rgb, target, step / 32.0);

      if (mg_chart_contrast_ratio (color, background) >= MG_CHART_GRAPHICS_CONTRAST)
        return color;
    }
  return target;
}
