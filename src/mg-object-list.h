/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define MG_TYPE_OBJECT_LIST (mg_object_list_get_type ())

G_DECLARE_FINAL_TYPE (MgObjectList, mg_object_list, MG, OBJECT_LIST, GObject)

MgObjectList *mg_object_list_new    (GType         item_type);
gpointer      mg_object_list_peek   (MgObjectList *self,
                                     guint         position);
void          mg_object_list_splice (MgObjectList *self,
                                     guint         position,
                                     guint         n_removals,
                                     gpointer     *additions,
                                     guint         n_additions);

G_END_DECLS
