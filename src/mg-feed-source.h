/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_FEED_SOURCE (mg_feed_source_get_type ())

G_DECLARE_FINAL_TYPE (MgFeedSource, mg_feed_source, MG, FEED_SOURCE, GObject)

#define MG_FEED_MIN_INTERVAL     5
#define MG_FEED_DEFAULT_INTERVAL 30
#define MG_FEED_MAX_BACKOFF      300

MgFeedSource *mg_feed_source_new            (GObject      *session);
const char   *mg_feed_source_get_uri        (MgFeedSource *self);
void          mg_feed_source_set_uri        (MgFeedSource *self,
                                             const char   *uri);
guint         mg_feed_source_get_interval   (MgFeedSource *self);
void          mg_feed_source_set_interval   (MgFeedSource *self,
                                             guint         seconds);
void          mg_feed_source_refresh        (MgFeedSource *self);
void          mg_feed_source_stop           (MgFeedSource *self);
gboolean      mg_feed_source_get_loading    (MgFeedSource *self);
gboolean      mg_feed_source_get_stale      (MgFeedSource *self);
const GError *mg_feed_source_get_error      (MgFeedSource *self);
GDateTime    *mg_feed_source_get_data_time  (MgFeedSource *self);

struct _MgHistory *mg_feed_source_get_history (MgFeedSource *self);
void          mg_feed_source_set_history_limit (MgFeedSource *self,
                                                guint64       limit);

G_END_DECLS
