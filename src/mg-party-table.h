/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_PARTY_TABLE (mg_party_table_get_type ())
G_DECLARE_FINAL_TYPE (MgPartyTable, mg_party_table, MG, PARTY_TABLE, GtkWidget)

GtkWidget         *mg_party_table_new            (const char    *name);
void               mg_party_table_set_state      (MgPartyTable  *self,
                                                  MgStateResult *state);
void               mg_party_table_set_live       (MgPartyTable  *self,
                                                  gboolean       live);
void               mg_party_table_update_columns (MgPartyTable  *self);
GtkSelectionModel *mg_party_table_get_selection  (MgPartyTable  *self);

G_END_DECLS
