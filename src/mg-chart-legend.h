/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "mg-chart-layout.h"

G_BEGIN_DECLS

/* The seat chart's legend: its entries laid out in rows for one width. */
typedef struct _MgChartLegend MgChartLegend;

MgChartLegend *mg_chart_legend_new         (GPtrArray           *parties,
                                            const guint32       *colors,
                                            PangoContext        *context,
                                            double               width,
                                            double              *y);
void           mg_chart_legend_free        (MgChartLegend       *self);
void           mg_chart_legend_draw        (MgChartLegend       *self,
                                            cairo_t             *cr,
                                            const MgChartColors *colors);
MgPartyResult *mg_chart_legend_hit         (MgChartLegend       *self,
                                            double               x,
                                            double               y);
guint          mg_chart_legend_get_n_items (MgChartLegend       *self);
void           mg_chart_legend_get_item    (MgChartLegend       *self,
                                            guint                index,
                                            double              *x,
                                            double              *y,
                                            double              *width,
                                            double              *height);

G_END_DECLS
