/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_ALLIANCES_DIALOG (mg_alliances_dialog_get_type ())

G_DECLARE_FINAL_TYPE (MgAlliancesDialog, mg_alliances_dialog, MG, ALLIANCES_DIALOG, GtkWindow)

MgAlliancesDialog *mg_alliances_dialog_new            (GtkWindow         *parent,
                                                       MgElection        *election,
                                                       GPtrArray         *alliances);
guint              mg_alliances_dialog_add_alliance   (MgAlliancesDialog *self,
                                                       const char        *name);
void               mg_alliances_dialog_set_party      (MgAlliancesDialog *self,
                                                       const char        *party_id,
                                                       guint              alliance);
GPtrArray         *mg_alliances_dialog_dup_alliances  (MgAlliancesDialog *self);
void               mg_alliances_dialog_save           (MgAlliancesDialog *self);

G_END_DECLS
