/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

gboolean  mg_lokdhaba_name_says_csv (const char  *name,
                                      const char  *content_type);
gboolean  mg_lokdhaba_detect        (const char  *data,
                                      gsize        length);
gboolean  mg_lokdhaba_detect_named  (const char  *data,
                                      gsize        length,
                                      gboolean     named_csv);
JsonNode *mg_lokdhaba_read          (const char  *data,
                                      gsize        length,
                                      GError     **error);

G_END_DECLS
