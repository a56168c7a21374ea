/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mg-types.h"

G_BEGIN_DECLS

char      *mg_user_alliances_dup_path (void);
GPtrArray *mg_user_alliances_load     (const char  *path,
                                       const char  *feed_uri,
                                       GError     **error);
GPtrArray *mg_user_alliances_parse    (const char  *data,
                                       gsize        length,
                                       const char  *name,
                                       const char  *feed_uri,
                                       GError     **error);
gboolean   mg_user_alliances_save     (const char  *path,
                                       const char  *feed_uri,
                                       GPtrArray   *alliances,
                                       GError     **error);
gboolean   mg_user_alliances_apply    (MgElection  *election,
                                       GPtrArray   *alliances,
                                       GError     **error);

G_END_DECLS
