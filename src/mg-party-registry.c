/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-party-registry"

#include "config.h"

#include <gio/gio.h>
#include <math.h>
#include <string.h>

#include "mg-party-registry.h"

/* The built-in registry (data/registry/registry.json, a resource): India's
 * states and union territories with the size of their assemblies, and its
 * parties by the abbreviations the Election Commission and the Trivedi
 * Centre use, with names in English and Hindi, short names as Hindi news
 * writes them and a colour in each party's customary hue. An abbreviation
 * two parties share (VPP is Meghalaya's Voice of the People Party, and
 * Gujarat's Vyavastha Parivartan Party in TCPD's 2017 file) is the
 * registry party's only in the states its "state_abbreviations" name. */

typedef struct {
  JsonParser *parser;
  GHashTable *parties;  /* a folded abbreviation → its party's object */
  GHashTable *local;    /* "state-id/folded abbreviation" → its party's object */
  GHashTable *local_abbreviations;  /* the folded abbreviations of those, alone */
  GHashTable *ids;      /* a party's id, as feeds write it → its object */
  GHashTable *states;   /* a state id → its object */
} Registry;

/* Abbreviations compare in lower case with letters and digits only:
 * "CPI(M)", "cpi-m" and "CPIM" are one. */
static char *
fold (const char *abbreviation)
{
  GString *folded = g_string_new (NULL);

  for (const char *p = abbreviation; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (folded, g_ascii_tolower (*p));
  return g_string_free (folded, FALSE);
}

static Registry *
load (void)
{
  Registry *registry = g_new0 (Registry, 1);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  JsonObject *root;
  JsonArray *parties, *states;

  registry->parties = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  registry->local = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  registry->local_abbreviations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  registry->ids = g_hash_table_new (g_str_hash, g_str_equal);
  registry->states = g_hash_table_new (g_str_hash, g_str_equal);
  registry->parser = json_parser_new ();
  bytes = g_resources_lookup_data (RESOURCE_BASE "/registry.json", G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL ||
      !json_parser_load_from_data (registry->parser, g_bytes_get_data (bytes, NULL),
                                   (gssize) g_bytes_get_size (bytes), &error))
    g_error ("the party registry cannot be read: %s", error->message);
  root = json_node_get_object (json_parser_get_root (registry->parser));
  parties = json_object_get_array_member (root, "parties");
  for (guint i = 0; i < json_array_get_length (parties); i++)
    {
      JsonObject *party = json_array_get_object_element (parties, i);
      JsonArray *abbreviations = json_object_get_array_member (party, "abbreviations");
      const char *id = json_object_get_string_member (party, "id");
      g_autofree char *folded_id = fold (id);
      gboolean id_is_local = FALSE;

      if (json_object_has_member (party, "state_abbreviations"))
        {
          JsonObject *by_state = json_object_get_object_member (party, "state_abbreviations");
          JsonObjectIter iter;
          const char *state_id;
          JsonNode *node;

          json_object_iter_init (&iter, by_state);
          while (json_object_iter_next (&iter, &state_id, &node))
            {
              JsonArray *local = json_node_get_array (node);

              for (guint a = 0; a < json_array_get_length (local); a++)
                {
                  g_autofree char *folded = fold (json_array_get_string_element (local, a));

                  id_is_local |= g_str_equal (folded, folded_id);
                  g_hash_table_insert (registry->local, g_strdup_printf ("%s/%s", state_id, folded), party);
                  g_hash_table_add (registry->local_abbreviations, g_strdup (folded));
                }
            }
        }
      /* The id is an abbreviation too, but not everywhere when it is one
       * only some states' files write for this party. */
      if (!id_is_local)
        g_hash_table_insert (registry->parties, g_steal_pointer (&folded_id), party);
      g_hash_table_insert (registry->ids, (char *) id, party);
      for (guint a = 0; a < json_array_get_length (abbreviations); a++)
        g_hash_table_insert (registry->parties, fold (json_array_get_string_element (abbreviations, a)),
                             party);
    }
  states = json_object_get_array_member (root, "states");
  for (guint i = 0; i < json_array_get_length (states); i++)
    {
      JsonObject *state = json_array_get_object_element (states, i);

      g_hash_table_insert (registry->states, (char *) json_object_get_string_member (state, "id"), state);
    }
  return registry;
}

static Registry *
get_registry (void)
{
  static gsize once;
  static Registry *registry;

  if (g_once_init_enter (&once))
    {
      registry = load ();
      g_once_init_leave (&once, 1);
    }
  return registry;
}

/**
 * mg_party_registry_find_party:
 * @state_id: (nullable): the state whose results write @abbreviation, for
 *   the abbreviations that mean a registry party in some states only
 *
 * Returns: (nullable) (transfer none): the party known by @abbreviation
 * (or by its id), with its "id", "name", "short" and "color"
 */
JsonObject *
mg_party_registry_find_party (const char *abbreviation,
                              const char *state_id)
{
  Registry *registry = get_registry ();
  g_autofree char *folded = fold (abbreviation);

  /* A results file names a party on every row: the state's key is made
   * only for the few abbreviations some states alone use. */
  if (state_id != NULL && g_hash_table_contains (registry->local_abbreviations, folded))
    {
      g_autofree char *key = g_strdup_printf ("%s/%s", state_id, folded);
      JsonObject *party = g_hash_table_lookup (registry->local, key);

      if (party != NULL)
        return party;
    }
  return g_hash_table_lookup (registry->parties, folded);
}

/**
 * mg_party_registry_find_party_by_id:
 *
 * Returns: (nullable) (transfer none): the party whose feed id is @id
 * exactly ("bjp", "cpim"; not an abbreviation), with its "name", "short"
 * and "color"
 */
JsonObject *
mg_party_registry_find_party_by_id (const char *id)
{
  return g_hash_table_lookup (get_registry ()->ids, id);
}

/**
 * mg_party_registry_find_state:
 *
 * Returns: (nullable) (transfer none): the state or union territory
 * @state_id, with its "name", "assembly" seats (for those with an
 * assembly) and "lok_sabha" seats
 */
JsonObject *
mg_party_registry_find_state (const char *state_id)
{
  return g_hash_table_lookup (get_registry ()->states, state_id);
}

/**
 * mg_party_registry_dup_id:
 * @state_id: (nullable): as for mg_party_registry_find_party()
 *
 * Returns: the feed id of the party known by @abbreviation: the
 * registry's, or for a party it does not know, the abbreviation in lower
 * case with "-" for what is not a letter or digit, at most 32 bytes
 */
char *
mg_party_registry_dup_id (const char *abbreviation,
                          const char *state_id)
{
  JsonObject *party = mg_party_registry_find_party (abbreviation, state_id);
  GString *id;

  if (party != NULL)
    return g_strdup (json_object_get_string_member (party, "id"));
  id = g_string_new (NULL);
  for (const char *p = abbreviation; *p != '\0' && id->len < 32; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (id, g_ascii_tolower (*p));
      else if (id->len > 0 && id->str[id->len - 1] != '-')
        g_string_append_c (id, '-');
    }
  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  if (id->len == 0)
    g_string_append (id, "party");
  return g_string_free (id, FALSE);
}

/**
 * mg_party_registry_dup_color:
 * @state_id: (nullable): as for mg_party_registry_find_party()
 *
 * Returns: "#RRGGBB": the registry's colour for the party known by
 * @abbreviation, or for a party it does not know, one derived from the
 * abbreviation, the same every time (a hue from its hash, muted)
 */
char *
mg_party_registry_dup_color (const char *abbreviation,
                             const char *state_id)
{
  JsonObject *party = mg_party_registry_find_party (abbreviation, state_id);
  g_autofree char *folded = NULL;
  double hue, r, g, b;

  if (party != NULL)
    return g_strdup (json_object_get_string_member (party, "color"));
  folded = fold (abbreviation);
  /* djb2, not g_str_hash: the colour must not change with GLib. */
  {
    guint32 hash = 5381;

    for (const char *p = folded; *p != '\0'; p++)
      hash = hash * 33 + (guchar) *p;
    hue = (hash % 360) / 60.0;
  }
  /* HSV with saturation 0.55 and value 0.7: seen on light and dark. */
  {
    double v = 0.7, s = 0.55, c = v * s, x = c * (1 - fabs (fmod (hue, 2) - 1)), m = v - c;
    int sector = (int) hue;

    r = sector == 0 || sector == 5 ? c : sector == 1 || sector == 4 ? x : 0;
    g = sector == 1 || sector == 2 ? c : sector == 0 || sector == 3 ? x : 0;
    b = sector == 3 || sector == 4 ? c : sector == 2 || sector == 5 ? x : 0;
    r += m;
    g += m;
    b += m;
  }
  return g_strdup_printf ("#%02X%02X%02X", (guint) (r * 255 + 0.5), (guint) (g * 255 + 0.5),
                          (guint) (b * 255 + 0.5));
}
