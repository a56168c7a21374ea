/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-text-util"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "mg-text-util.h"

/**
 * mg_text_display_width:
 *
 * The number of terminal columns @text takes, as terminals count them
 * (wcwidth): non-spacing combining marks (Devanagari virama, anusvara, the
 * vowel signs े ै ु ू, nukta …) and zero-width characters take none, spacing
 * vowel signs (ा ि ी ो) take one like a letter, wide (East Asian) characters
 * take two. Independent of the C library's locale.
 */
gsize
mg_text_display_width (const char *text)
{
  gsize width = 0;

  g_return_val_if_fail (text != NULL, 0);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK ||
          g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }
  return width;
}

/* Appends @text padded with spaces to @width display columns. */
void
mg_text_append_padded (GString    *out,
                       const char *text,
                       gsize       width,
                       MgAlign     align)
{
  gsize text_width = mg_text_display_width (text);
  gsize pad = width > text_width ? width - text_width : 0;

  if (align == MG_ALIGN_END)
    for (gsize i = 0; i < pad; i++)
      g_string_append_c (out, ' ');
  g_string_append (out, text);
  if (align == MG_ALIGN_START)
    for (gsize i = 0; i < pad; i++)
      g_string_append_c (out, ' ');
}

/**
 * mg_text_format_count:
 *
 * A count as Indian readers write it, in English and Hindi alike: Western
 * digits, the last three grouped, then groups of two (lakh, crore), whatever
 * the C library's locale says. Only for people: machine output keeps plain
 * digits.
 *
 * Returns: (transfer full): "999", "1,000", "10,000", "1,23,456", "12,34,567"
 */
char *
mg_text_format_count (guint64 n)
{
  char digits[sizeof "18446744073709551615"];
  GString *out;
  int len, head;

  len = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, n);
  if (len <= 3)
    return g_strdup (digits);

  /* The digits before the last three go in pairs from the right, so the
   * first group has one digit when they are odd in number. */
  head = len - 3;
  out = g_string_sized_new (len + len / 2);
  for (int i = 0; i < head; i++)
    {
      if (i > 0 && (head - i) % 2 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  g_string_append_c (out, ',');
  g_string_append (out, digits + head);
  return g_string_free (out, FALSE);
}

/**
 * mg_text_format_change:
 *
 * Returns: (transfer full): "+12", "−3", "+1,204", "0", or "—" when not known
 */
char *
mg_text_format_change (gboolean known,
                       int      change)
{
  g_autofree char *size = NULL;

  if (!known)
    return g_strdup ("—");
  if (change == 0)
    return g_strdup ("0");
  size = mg_text_format_count ((guint64) ABS ((gint64) change));
  return g_strconcat (change > 0 ? "+" : "−", size, NULL);
}

/**
 * mg_text_fold_for_search:
 *
 * @text as a search compares it, whatever the script: normalised (NFKC,
 * so a nukta typed apart or as one character is the same letter), case
 * folded, decimal digits of any script (Devanagari's १२७) as ASCII ones,
 * and without the spaces around it.
 *
 * Returns: (transfer full): the folded text
 */
char *
mg_text_fold_for_search (const char *text)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  if (normal == NULL)
    return g_strdup ("");
  folded = g_utf8_casefold (normal, -1);
  out = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int digit = c < 0x80 ? -1 : g_unichar_digit_value (c);

      if (digit >= 0)
        g_string_append_c (out, (char) ('0' + digit));
      else
        g_string_append_unichar (out, c);
    }
  g_strstrip (out->str);
  out->len = strlen (out->str);
  return g_string_free (out, FALSE);
}

/**
 * mg_text_get_interface_languages:
 *
 * The languages the interface speaks, most wanted first, for choosing
 * among a feed's translations. In the C locale gettext does not heed
 * $LANGUAGE (a locale asked for but not installed leaves the C locale),
 * so the interface is in English, and so are the feed's names.
 *
 * Returns: (transfer none) (array zero-terminated=1): the languages
 */
const char * const *
mg_text_get_interface_languages (void)
{
  static const char * const english[] = { "en", "C", NULL };
  const char *messages = setlocale (LC_MESSAGES, NULL);

  if (messages == NULL || strcmp (messages, "C") == 0 || strcmp (messages, "POSIX") == 0)
    return english;
  return (const char * const *) g_get_language_names ();
}
