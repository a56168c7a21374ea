/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-trend-view.h"
#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_STATE_PAGE (mg_state_page_get_type ())

G_DECLARE_FINAL_TYPE (MgStatePage, mg_state_page, MG, STATE_PAGE, GtkWidget)

GtkWidget     *mg_state_page_new       (MgStateResult *state);
MgStateResult *mg_state_page_get_state (MgStatePage   *self);
void           mg_state_page_set_shown (MgStatePage   *self,
                                        gboolean       shown);
GtkSelectionModel *mg_state_page_get_selection (MgStatePage *self);

MgSeatsView       *mg_state_page_get_seats_view (MgStatePage *self);
gboolean           mg_state_page_show_seats     (MgStatePage *self);
gboolean           mg_state_page_show_changes   (MgStatePage *self);
MgChangesView     *mg_state_page_get_changes_view (MgStatePage *self);

void               mg_state_page_set_trend      (MgStatePage *self,
                                                 MgTrend     *trend,
                                                 GTimeZone   *zone,
                                                 GDateTime   *shown);
MgTrendView       *mg_state_page_get_trend_view (MgStatePage *self);
gboolean           mg_state_page_show_trend     (MgStatePage *self);

void           mg_state_page_set_election (MgStatePage *self,
                                           MgElection  *election);
MgStateResult *mg_state_page_get_shown    (MgStatePage *self);
GtkWidget     *mg_state_page_get_seat_chart (MgStatePage *self);

G_END_DECLS
