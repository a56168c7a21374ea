/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-types.h"

G_BEGIN_DECLS

/* The seats list's columns, in the order they are shown. */
typedef enum {
  MG_SEAT_COLUMN_NUMBER,
  MG_SEAT_COLUMN_NAME,
  MG_SEAT_COLUMN_LEADER,
  MG_SEAT_COLUMN_PARTY,
  MG_SEAT_COLUMN_VOTES,
  MG_SEAT_COLUMN_MARGIN,
  MG_SEAT_COLUMN_STATUS,
  MG_SEAT_COLUMN_CHANGE,
  MG_N_SEAT_COLUMNS
} MgSeatColumn;

/* The space between a cell's edge and its text, each side. */
#define MG_SEAT_COLUMN_PADDING 6

#define MG_TYPE_SEAT_COLUMNS (mg_seat_columns_get_type ())

G_DECLARE_FINAL_TYPE (MgSeatColumns, mg_seat_columns, MG, SEAT_COLUMNS, GObject)

MgSeatColumns *mg_seat_columns_new           (void);
const char    *mg_seat_column_title          (MgSeatColumn   column);
gboolean       mg_seat_column_is_numeric     (MgSeatColumn   column);
char          *mg_seat_column_dup_text       (MgSeatColumn   column,
                                              MgStateResult *state,
                                              MgConstituency *seat);
int            mg_seat_column_compare        (MgSeatColumn   column,
                                              MgStateResult *state,
                                              MgConstituency *a,
                                              MgConstituency *b);
void           mg_seat_columns_measure       (MgSeatColumns *self,
                                              GtkWidget     *widget);
int            mg_seat_columns_get_min_width (MgSeatColumns *self);
int            mg_seat_columns_get_line_height (MgSeatColumns *self);
int            mg_seat_columns_get_baseline  (MgSeatColumns *self);
void           mg_seat_columns_allocate      (MgSeatColumns *self,
                                              int            width,
                                              int           *x,
                                              int           *w);

G_END_DECLS
