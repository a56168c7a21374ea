/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-trend.h"

G_BEGIN_DECLS

#define MG_TYPE_TREND_CHART (mg_trend_chart_get_type ())
G_DECLARE_FINAL_TYPE (MgTrendChart, mg_trend_chart, MG, TREND_CHART, GtkWidget)

GtkWidget *mg_trend_chart_new        (void);
void       mg_trend_chart_set_trend  (MgTrendChart *self,
                                      MgTrend      *trend,
                                      const char   *state_id);
void       mg_trend_chart_set_zone   (MgTrendChart *self,
                                      GTimeZone    *zone);
void       mg_trend_chart_set_shown  (MgTrendChart *self,
                                      GDateTime    *shown);
int        mg_trend_chart_get_cursor (MgTrendChart *self);
gboolean   mg_trend_chart_move_cursor (MgTrendChart *self,
                                       int           step);
char      *mg_trend_chart_dup_cursor_text (MgTrendChart *self);
MgTrendState *mg_trend_chart_get_state (MgTrendChart *self);

G_END_DECLS
