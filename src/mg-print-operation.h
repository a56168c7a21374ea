/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-summary-render.h"
#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_PRINT_OPERATION (mg_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (MgPrintOperation, mg_print_operation, MG, PRINT_OPERATION, GtkPrintOperation)

MgPrintOperation *mg_print_operation_new                     (MgElection       *election,
                                                              MgStateResult    *current,
                                                              gboolean          all_states,
                                                              GtkPageSetup     *page_setup);
void              mg_print_operation_set_with_constituencies (MgPrintOperation *self,
                                                              gboolean          enabled);
gboolean          mg_print_operation_get_with_constituencies (MgPrintOperation *self);
guint             mg_print_operation_export                  (MgPrintOperation *self,
                                                              const char       *path,
                                                              GError          **error);
guint             mg_print_operation_get_n_pages             (MgPrintOperation *self);

void              mg_print_operation_set_view (MgPrintOperation *self,
                                               MgSummaryOptions  view);

G_END_DECLS
