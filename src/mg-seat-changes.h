/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "mg-types.h"

G_BEGIN_DECLS

/* Seats that went from one party to another. */
typedef struct {
  const char *from;   /* party ids, owned by the state's seats */
  const char *to;
  guint       seats;
} MgSeatFlow;

/* One table of what changed, as text cells: the window, the text summary
 * and the printed page all show these. */
typedef struct {
  char      *title;
  guint      n_columns;
  char     **headers;  /* n_columns */
  guint32    numeric;  /* bit c set: column c holds figures, aligned right */
  GPtrArray *rows;     /* (element-type GStrv) n_columns cells each */
} MgChangeTable;

MgChangeTable *mg_change_table_new (const char    *title,
                                    guint32        numeric,
                                    const char    *first_header,
                                    ...) G_GNUC_NULL_TERMINATED;
void   mg_change_table_add_row     (MgChangeTable *table,
                                    char          *first_cell,
                                    ...);
void   mg_change_table_free        (MgChangeTable *table);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgChangeTable, mg_change_table_free)

guint  mg_seat_changes_count_known (MgStateResult *state);
GPtrArray *mg_seat_changes_list    (MgStateResult *state);
GArray *mg_seat_changes_flows      (MgStateResult *state);
char  *mg_seat_changes_dup_heading (MgStateResult *state);
GPtrArray *mg_seat_changes_dup_tables (MgStateResult *state);
char  *mg_seat_changes_format_text (MgStateResult *state);

G_END_DECLS
