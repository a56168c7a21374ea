/* SPDX-License-Identifier: GPL-3.0-or-later */
/* For the tests and mg-application.c only: the parts of the application
 * the tests look at without running it. */
#pragma once

#include "mg-application.h"

G_BEGIN_DECLS

GtkWidget *mg_application_create_about_dialog (GtkWindow *parent);

G_END_DECLS
