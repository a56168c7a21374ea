/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The feed compiled into the program, used when none is given. */
#define MG_FEED_DEFAULT_URI "resource://" RESOURCE_BASE "/feeds/default.json"

GFile    *mg_feed_loader_file_for_arg    (const char    *arg,
                                          const char    *cwd);
gboolean  mg_feed_uri_is_remote          (const char    *uri);
char     *mg_feed_loader_dup_folder_path (GFile         *file);
char     *mg_feed_loader_describe        (GFile         *file);
GBytes   *mg_feed_loader_load            (GFile         *file,
                                          GCancellable  *cancellable,
                                          GError       **error);

G_END_DECLS
