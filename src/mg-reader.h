/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_READER (mg_reader_get_type ())

G_DECLARE_FINAL_TYPE (MgReader, mg_reader, MG, READER, GtkWidget)

GtkWidget *mg_reader_new          (void);
void       mg_reader_set_articles (MgReader   *self,
                                   GListModel *articles);
char      *mg_reader_dup_text     (MgReader   *self);

G_END_DECLS
