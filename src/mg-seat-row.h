/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-seat-columns.h"
#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_SEAT_ROW (mg_seat_row_get_type ())

G_DECLARE_FINAL_TYPE (MgSeatRow, mg_seat_row, MG, SEAT_ROW, GtkWidget)

GtkWidget  *mg_seat_row_new       (MgSeatColumns  *columns);
void        mg_seat_row_set_seat  (MgSeatRow      *self,
                                   MgStateResult  *state,
                                   MgConstituency *seat);
void        mg_seat_row_set_watched (MgSeatRow    *self,
                                     gboolean      watched);
const char *mg_seat_row_get_text  (MgSeatRow      *self,
                                   MgSeatColumn    column);

G_END_DECLS
