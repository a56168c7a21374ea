/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mg-types.h"

G_BEGIN_DECLS

/* The columns of a state's party table, in their order: the same on screen,
 * in the text summary and on paper. */
typedef enum {
  MG_PARTY_COLUMN_PARTY,
  MG_PARTY_COLUMN_WON,
  MG_PARTY_COLUMN_LEADING,
  MG_PARTY_COLUMN_TOTAL,
  MG_PARTY_COLUMN_CHANGE,
  MG_PARTY_COLUMN_VOTES,
  MG_N_PARTY_COLUMNS
} MgPartyColumn;

char     *mg_party_column_dup_cell  (MgPartyColumn  column,
                                     MgStateResult *state,
                                     MgPartyResult *party);
char     *mg_party_column_dup_title (MgPartyColumn  column,
                                     MgStateResult *state);
gboolean  mg_party_column_shown     (MgPartyColumn  column,
                                     MgStateResult *state);
char     *mg_party_column_dup_row_sentence (MgStateResult *state,
                                            MgPartyResult *party);

G_END_DECLS
