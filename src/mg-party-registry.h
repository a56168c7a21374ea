/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

JsonObject *mg_party_registry_find_party       (const char *abbreviation,
                                                const char *state_id);
JsonObject *mg_party_registry_find_party_by_id (const char *id);
JsonObject *mg_party_registry_find_state       (const char *state_id);
char       *mg_party_registry_dup_id           (const char *abbreviation,
                                                const char *state_id);
char       *mg_party_registry_dup_color        (const char *abbreviation,
                                                const char *state_id);

G_END_DECLS
