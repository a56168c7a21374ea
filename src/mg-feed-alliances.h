/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "mg-feed-reader.h"
#include "mg-types.h"

G_BEGIN_DECLS

#define MG_FEED_MAX_ALLIANCES 50

gboolean mg_feed_parse_house_and_alliances (MgFeedReader *reader,
                                            JsonObject   *root,
                                            MgElection   *election);

G_END_DECLS
