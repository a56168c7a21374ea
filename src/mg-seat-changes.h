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

guint  mg_seat_changes_count_known (MgStateResult *state);
GPtrArray *mg_seat_changes_list    (MgStateResult *state);
GArray *mg_seat_changes_flows      (MgStateResult *state);
char  *mg_seat_changes_format_text (MgStateResult *state);

G_END_DECLS
