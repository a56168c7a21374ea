/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_APPLICATION (mg_application_get_type ())

G_DECLARE_FINAL_TYPE (MgApplication, mg_application, MG, APPLICATION, GtkApplication)

MgApplication *mg_application_new               (void);
void           mg_application_notify_milestones (MgApplication *self,
                                                 GArray        *milestones);

void           mg_application_notify_watch      (MgApplication *self,
                                                 GPtrArray     *alerts);

G_END_DECLS
