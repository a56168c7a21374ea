/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "mg-chart-layout.h"

G_BEGIN_DECLS

/* What the chart's parts (the layout, its legend) draw with. */
void         mg_chart_set_rgb       (cairo_t         *cr,
                                     guint32          rgb,
                                     double           alpha);
PangoLayout *mg_chart_text_new      (PangoContext    *context,
                                     const char      *text,
                                     double           scale,
                                     gboolean         bold);
void         mg_chart_text_size     (PangoLayout     *layout,
                                     double          *width,
                                     double          *height);
void         mg_chart_dot_path      (cairo_t         *cr,
                                     double           x,
                                     double           y,
                                     double           r,
                                     MgChartSeatKind  kind);
void         mg_chart_open_dot_path (cairo_t         *cr,
                                     double           x,
                                     double           y,
                                     double           r);

G_END_DECLS
