/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-types.h"
#include "mg-watchlist.h"

G_BEGIN_DECLS

#define MG_TYPE_SEATS_VIEW (mg_seats_view_get_type ())

G_DECLARE_FINAL_TYPE (MgSeatsView, mg_seats_view, MG, SEATS_VIEW, GtkWidget)

GtkWidget *mg_seats_view_new          (void);
void       mg_seats_view_set_state    (MgSeatsView   *self,
                                       MgStateResult *state);
gboolean   mg_seats_view_show_seat    (MgSeatsView   *self,
                                       guint          number);
void       mg_seats_view_show_list    (MgSeatsView   *self);
void       mg_seats_view_focus_search (MgSeatsView   *self);

void         mg_seats_view_set_watchlist      (MgSeatsView *self,
                                               MgWatchlist *watchlist);
GtkWidget   *mg_seats_view_get_watched_button (MgSeatsView *self);
GtkWidget   *mg_seats_view_get_watch_button   (MgSeatsView *self);

G_END_DECLS
