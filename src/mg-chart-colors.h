/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mg-types.h"

G_BEGIN_DECLS

/* The least contrast, against the background, of what a chart draws to be
 * seen (WCAG 2.1, 1.4.11 non-text contrast). */
#define MG_CHART_GRAPHICS_CONTRAST 3.0

guint32 mg_chart_party_color    (MgPartyResult *party,
                                 guint          index);
guint32 mg_chart_fallback_color (guint          index);
void    mg_chart_colors_text_on (guint32        rgb,
                                 double        *rgba);
double  mg_chart_contrast_ratio (guint32        a,
                                 guint32        b);
guint32 mg_chart_leading_color  (guint32        rgb,
                                 guint32        background);
guint32 mg_chart_mix_rgb        (guint32        a,
                                 guint32        b,
                                 double         t);

G_END_DECLS
