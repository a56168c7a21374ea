/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-chart-layout.h"
#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_SEAT_CHART (mg_seat_chart_get_type ())

G_DECLARE_FINAL_TYPE (MgSeatChart, mg_seat_chart, MG, SEAT_CHART, GtkWidget)

GtkWidget     *mg_seat_chart_new          (void);
MgStateResult *mg_seat_chart_get_state    (MgSeatChart   *self);
void           mg_seat_chart_set_state    (MgSeatChart   *self,
                                           MgStateResult *state);
guint          mg_seat_chart_get_n_draws  (MgSeatChart   *self);
void           mg_seat_chart_set_seats_of (MgSeatChart   *self,
                                           MgStateResult *state);
MgConstituency *mg_seat_chart_get_dot_seat (MgSeatChart  *self,
                                            guint         index);
gboolean       mg_seat_chart_get_two_thirds (MgSeatChart *self);
void           mg_seat_chart_set_two_thirds (MgSeatChart *self,
                                             gboolean     two_thirds);

void mg_chart_colors_from_widget (GtkWidget     *widget,
                                  MgChartColors *colors);

G_END_DECLS
