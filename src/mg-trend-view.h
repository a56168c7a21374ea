/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-trend.h"
#include "mg-trend-chart.h"

G_BEGIN_DECLS

#define MG_TYPE_TREND_VIEW (mg_trend_view_get_type ())
G_DECLARE_FINAL_TYPE (MgTrendView, mg_trend_view, MG, TREND_VIEW, GtkWidget)

GtkWidget    *mg_trend_view_new          (void);
void          mg_trend_view_set_trend    (MgTrendView   *self,
                                          MgTrend       *trend,
                                          MgStateResult *state,
                                          GTimeZone     *zone,
                                          GDateTime     *shown);
MgTrendChart *mg_trend_view_get_chart    (MgTrendView   *self);
gboolean      mg_trend_view_set_since    (MgTrendView   *self,
                                          guint          point);
const char   *mg_trend_view_get_changes_heading (MgTrendView *self);
GtkWidget    *mg_trend_view_get_changes  (MgTrendView   *self);

G_END_DECLS
