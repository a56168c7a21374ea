/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "mg-chart-layout.h"
#include "mg-hemicycle.h"

G_BEGIN_DECLS

/* A seat chart counted by alliance: each alliance's wedge holds its
 * parties' seats in their own colours, and its name and seats stand at the
 * wedge's outer edge. */
MgChartGroups *mg_chart_groups_new    (MgStateResult       *state,
                                       GPtrArray           *parties);
void           mg_chart_groups_free   (MgChartGroups       *self);
guint          mg_chart_groups_get_n  (MgChartGroups       *self);
double         mg_chart_groups_margin (MgChartGroups       *self,
                                       PangoContext        *context);
void           mg_chart_groups_place  (MgChartGroups       *self,
                                       const MgHemicycle   *hemicycle,
                                       double               left,
                                       double               top,
                                       double               scale,
                                       double               width);
void           mg_chart_groups_draw   (MgChartGroups       *self,
                                       cairo_t             *cr,
                                       const MgChartColors *colors);
void           mg_chart_groups_get    (MgChartGroups       *self,
                                       guint                index,
                                       const char         **name,
                                       guint               *first_seat,
                                       guint               *n_seats);

gboolean       mg_chart_groups_party_color (MgStateResult *state,
                                            MgPartyResult *party,
                                            guint32       *rgb);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgChartGroups, mg_chart_groups_free)

G_END_DECLS
