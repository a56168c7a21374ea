/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-feed-prescan"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "mg-feed-parser.h"
#include "mg-feed-prescan.h"

/* One pass over the raw bytes of a feed before json-glib parses it, for
 * the problems json-glib would miss, misread or crash on. An error names
 * the line and column (in characters) where the problem is. */

/* Integer literals longer than this are refused before json-glib sees them:
 * json-glib 1.6 wraps out-of-range integers silently. */
#define MAX_INTEGER_DIGITS 15

/* Line and column (1-based, in characters) of a byte offset. */
static void
locate (const char *data,
        gsize       offset,
        guint      *line,
        guint      *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xc0) != 0x80)
        {
          (*column)++;
        }
    }
}

static gboolean
fail_at (const char  *data,
         gsize        offset,
         GError     **error,
         MgFeedError  code,
         const char  *reason)
{
  guint line, column;

  locate (data, offset, &line, &column);
  /* TRANSLATORS: an error in a feed; the last %s is the reason */
  g_set_error (error, MG_FEED_ERROR, code, _("line %u, column %u: %s"), line, column, reason);
  return FALSE;
}

/* The length of the well-formed UTF-8 sequence (of two to four bytes) at
 * @p, or 0: no overlong forms, no surrogates, nothing past U+10FFFF. */
static gsize
utf8_sequence_length (const guchar *p,
                      gsize         left)
{
  guchar b = p[0];
  guchar low = 0x80, high = 0xbf;
  gsize n;

  if (b >= 0xc2 && b <= 0xdf)
    n = 2;
  else if (b >= 0xe0 && b <= 0xef)
    {
      n = 3;
      if (b == 0xe0)
        low = 0xa0;
      else if (b == 0xed)
        high = 0x9f;
    }
  else if (b >= 0xf0 && b <= 0xf4)
    {
      n = 4;
      if (b == 0xf0)
        low = 0x90;
      else if (b == 0xf4)
        high = 0x8f;
    }
  else
    return 0;

  if (n > left || p[1] < low || p[1] > high)
    return 0;
  for (gsize k = 2; k < n; k++)
    if (p[k] < 0x80 || p[k] > 0xbf)
      return 0;
  return n;
}

/**
 * mg_feed_prescan:
 * @data: (array length=length): the feed document
 * @length: its size in bytes
 * @long_strings: (out): set to %TRUE when some string is longer than
 *   %MG_FEED_MAX_STRING bytes as written, so that the parsed strings need
 *   an exact check; left untouched otherwise
 * @error: a #MG_FEED_ERROR, with the line and column of the problem
 *
 * Checks the raw bytes of a feed for what json-glib cannot be trusted
 * with: invalid UTF-8 and NUL bytes, nesting deep enough to overflow its
 * stack, escaped NUL characters that it silently truncates, integers too
 * long for it to read correctly, text after the document, and a document
 * cut off inside a string or a bracket.
 *
 * Returns: %TRUE if json-glib may be given @data, or %FALSE with @error set
 */
gboolean
mg_feed_prescan (const char  *data,
                 gsize        length,
                 gboolean    *long_strings,
                 GError     **error)
{
  guint depth = 0;
  gboolean in_string = FALSE;
  gboolean root_closed = FALSE;
  gsize string_start = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c;

      /* Most of a feed is plain ASCII inside strings: skip it in a tight
       * loop (anything else, NUL included, is looked at below). */
      if (in_string)
        {
          while (i < length && (guchar) data[i] - 1u < 0x7fu && data[i] != '"' && data[i] != '\\')
            i++;
          if (i >= length)
            break;
        }
      c = data[i];

      if ((guchar) c >= 0x80)
        {
          gsize n = utf8_sequence_length ((const guchar *) data + i, length - i);

          if (n == 0)
            return fail_at (data, i, error, MG_FEED_ERROR_ENCODING, _("invalid UTF-8"));
          if (!in_string && root_closed)
            return fail_at (data, i, error, MG_FEED_ERROR_SYNTAX,
                            _("text after the end of the document"));
          /* Not a quote, backslash or bracket: nothing more to see in it. */
          i += n - 1;
          continue;
        }
      if (c == '\0')
        return fail_at (data, i, error, MG_FEED_ERROR_ENCODING, _("contains a NUL byte"));

      /* json-glib 1.6 takes "[] []" as a document (and leaks the first
       * value): after the root container closes only white space may follow. */
      if (root_closed && !in_string && !g_ascii_isspace (c))
        return fail_at (data, i, error, MG_FEED_ERROR_SYNTAX,
                        _("text after the end of the document"));

      if (in_string)
        {
          if (c == '"')
            {
              in_string = FALSE;
              /* Escapes only shrink a string, so one this short in the raw
               * bytes is within the limit; longer ones get an exact check. */
              if (i - string_start > MG_FEED_MAX_STRING)
                *long_strings = TRUE;
            }
          else if (c == '\\' && i + 1 < length)
            {
              if (data[i + 1] == 'u' && i + 5 < length && strncmp (data + i + 2, "0000", 4) == 0)
                return fail_at (data, i, error, MG_FEED_ERROR_ENCODING,
                                _("a string contains a NUL character (\\u0000)"));
              i++;
            }
          continue;
        }

      switch (c)
        {
        case '"':
          in_string = TRUE;
          string_start = i + 1;
          break;
        case '[':
        case '{':
          if (++depth > MG_FEED_MAX_DEPTH)
            {
              g_autofree char *reason =
                g_strdup_printf (_("nested more than %d levels deep"), MG_FEED_MAX_DEPTH);
              return fail_at (data, i, error, MG_FEED_ERROR_TOO_DEEP, reason);
            }
          break;
        case ']':
        case '}':
          if (depth > 0 && --depth == 0)
            root_closed = TRUE;
          break;
        case '-':
        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
          {
            gsize start = i, digits = 0;

            if (c == '-')
              i++;
            while (i < length && g_ascii_isdigit (data[i]))
              {
                digits++;
                i++;
              }
            if (digits > MAX_INTEGER_DIGITS)
              return fail_at (data, start, error, MG_FEED_ERROR_INVALID,
                              _("number has too many digits"));
            /* Skip the rest of the literal (fraction, exponent). */
            while (i < length && (g_ascii_isdigit (data[i]) || data[i] == '.' || data[i] == 'e' ||
                                  data[i] == 'E' || data[i] == '+' || data[i] == '-'))
              i++;
            i--;
          }
          break;
        default:
          break;
        }
    }

  /* Say "truncated" rather than let json-glib guess at a cut-off document. */
  if (in_string)
    return fail_at (data, length, error, MG_FEED_ERROR_SYNTAX,
                    _("document ends inside a string; it may be truncated"));
  if (depth > 0)
    {
      g_autofree char *reason =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "document ends with %u bracket still open; it may be truncated",
                                      "document ends with %u brackets still open; it may be truncated",
                                      depth),
                         depth);
      return fail_at (data, length, error, MG_FEED_ERROR_SYNTAX, reason);
    }

  return TRUE;
}
