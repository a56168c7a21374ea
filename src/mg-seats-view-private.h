/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mg-seats-header.h"
#include "mg-seats-view.h"

G_BEGIN_DECLS

/* For tests */
guint       mg_seats_view_get_n_shown     (MgSeatsView *self);
guint       mg_seats_view_get_shown_number (MgSeatsView *self,
                                            guint        position);
void        mg_seats_view_set_search_text (MgSeatsView *self,
                                           const char  *text);
guint       mg_seats_view_get_detail_number (MgSeatsView *self);
const char *mg_seats_view_get_count_text  (MgSeatsView *self);
GtkWidget  *mg_seats_view_get_list        (MgSeatsView *self);
char       *mg_seats_view_dup_candidates  (MgSeatsView *self);
GtkWidget  *mg_seats_view_get_candidate_row (MgSeatsView *self,
                                             guint        index);
GtkWidget  *mg_seats_view_get_close_button (MgSeatsView *self);
MgSeatsHeader *mg_seats_view_get_header   (MgSeatsView *self);

G_END_DECLS
