/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mg-types.h"

G_BEGIN_DECLS

void      mg_csv_append_field     (GString        *out,
                                   const char     *field);
GBytes   *mg_csv_export_seats     (MgElection     *election,
                                   MgStateResult  *only);
gboolean  mg_csv_export_save      (GBytes         *csv,
                                   const char     *path,
                                   GError        **error);

G_END_DECLS
