/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-seat-columns.h"

G_BEGIN_DECLS

#define MG_TYPE_SEATS_HEADER (mg_seats_header_get_type ())

G_DECLARE_FINAL_TYPE (MgSeatsHeader, mg_seats_header, MG, SEATS_HEADER, GtkWidget)

GtkWidget     *mg_seats_header_new              (void);
MgSeatColumns *mg_seats_header_get_columns      (MgSeatsHeader *self);
MgSeatColumn   mg_seats_header_get_sort_column  (MgSeatsHeader *self);
GtkSortType    mg_seats_header_get_sort_order   (MgSeatsHeader *self);
void           mg_seats_header_sort_by          (MgSeatsHeader *self,
                                                 MgSeatColumn   column,
                                                 GtkSortType    order);
GtkWidget     *mg_seats_header_get_button       (MgSeatsHeader *self,
                                                 MgSeatColumn   column);

G_END_DECLS
