/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "mg-chart-colors.h"
#include "mg-types.h"

G_BEGIN_DECLS

/* Pango 1.50 has no autoptr for its context. */
/* Pango 1.50 has no autoptr cleanup for its context; a later Pango may
 * have one (meson looks, and config.h says). */
#ifndef HAVE_PANGO_CONTEXT_AUTOPTR
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PangoContext, g_object_unref)
#endif

/* Colours a chart is drawn with, as RGBA from 0 to 1. */
typedef struct {
  double fg[4];       /* text, the majority line */
  double bg[4];       /* what the chart is drawn on */
  double neutral[4];  /* the outline of seats with no result or trend yet */
} MgChartColors;

typedef struct _MgChartLayout MgChartLayout;
typedef struct _MgChartGroups MgChartGroups;


typedef enum {
  MG_CHART_SEAT_UNDECIDED,
  MG_CHART_SEAT_LEADING,
  MG_CHART_SEAT_WON,
} MgChartSeatKind;

/* What a chart shows beside its seats. */
typedef enum {
  MG_CHART_LAYOUT_LEGEND     = 1 << 0,  /* the legend of parties */
  MG_CHART_LAYOUT_TWO_THIRDS = 1 << 1,  /* the two-thirds mark */
} MgChartLayoutFlags;

guint          mg_chart_two_thirds_of       (guint                seats);
MgChartLayout *mg_chart_layout_new          (MgStateResult       *state,
                                             PangoContext        *context,
                                             double               width);
MgChartLayout *mg_chart_layout_new_full     (MgStateResult       *state,
                                             PangoContext        *context,
                                             double               width,
                                             MgChartLayoutFlags   flags);
void           mg_chart_layout_free         (MgChartLayout       *self);
double         mg_chart_layout_get_width    (MgChartLayout       *self);
double         mg_chart_layout_get_height   (MgChartLayout       *self);
guint          mg_chart_layout_get_n_seats  (MgChartLayout       *self);
void           mg_chart_layout_get_seat     (MgChartLayout       *self,
                                             guint                index,
                                             double              *x,
                                             double              *y,
                                             double              *radius,
                                             guint32             *rgb,
                                             MgChartSeatKind     *kind);
void           mg_chart_layout_draw         (MgChartLayout       *self,
                                             cairo_t             *cr,
                                             const MgChartColors *colors,
                                             MgChartLayout       *previous,
                                             double               progress);
guint          mg_chart_layout_get_n_legend_items (MgChartLayout *self);
void           mg_chart_layout_get_legend_item (MgChartLayout       *self,
                                             guint                index,
                                             double              *x,
                                             double              *y,
                                             double              *width,
                                             double              *height);
MgPartyResult *mg_chart_layout_hit          (MgChartLayout       *self,
                                             double               x,
                                             double               y);
int            mg_chart_layout_seat_at      (MgChartLayout       *self,
                                             double               x,
                                             double               y);
MgChartGroups *mg_chart_layout_get_groups   (MgChartLayout       *self);
void           mg_chart_layout_get_seat_owner (MgChartLayout     *self,
                                             guint                index,
                                             MgPartyResult      **party,
                                             MgChartSeatKind     *kind,
                                             guint               *rank);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgChartLayout, mg_chart_layout_free)

G_END_DECLS
