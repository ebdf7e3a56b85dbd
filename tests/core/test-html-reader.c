/* SPDX-License-Identifier: LGPL-2.1-or-later */
#include <string.h>
#include <winnow/winnow.h>
#include <winnow/winnow-plugin.h>

#include "test-util.h"

static WinnowDocument *
read_html_with (const char *html,
                gssize      length,
                const char *charset,
                GError    **error)
{
  g_autoptr(WinnowReader) reader = winnow_reader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (html, length < 0 ? strlen (html) : (gsize) length);

  winnow_reader_set_content_type (reader, "text/html");
  winnow_reader_set_charset (reader, charset);
  return winnow_reader_read_bytes (reader, bytes, "page.html", NULL, error);
}

static WinnowDocument *
read_html (const char *html, gssize length)
{
  g_autoptr(GError) error = NULL;
  WinnowDocument *document = read_html_with (html, length, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

/* Reads @html as its bytes decode, leaving double encoding as it is. */
static WinnowDocument *
read_html_as_decoded (const char *html, gssize length)
{
  g_autoptr(WinnowReader) reader = winnow_reader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (html, length < 0 ? strlen (html) : (gsize) length);
  g_autoptr(GError) error = NULL;
  WinnowDocument *document;

  winnow_reader_set_content_type (reader, "text/html");
  winnow_reader_set_repair_mojibake (reader, FALSE);
  document = winnow_reader_read_bytes (reader, bytes, "page.html", NULL, &error);
  g_assert_no_error (error);
  return document;
}

static char *
block_text (WinnowDocument *document, guint i)
{
  return winnow_document_get_block_text (document, winnow_document_get_block (document, i));
}

static const char *page =
  "<!DOCTYPE html><html lang='en-GB'><head>"
  "<title>Korea vows pressure | Daily</title>"
  "<meta name='author' content='Sarah Kim'>"
  "<meta name='citation_author' content='A. One'><meta name='citation_author' content='B. Two'>"
  "<meta property='og:site_name' content='Daily'>"
  "<meta name='description' content='About the talks'>"
  "<link rel='canonical' href='https://example.org/a/1'>"
  "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Sarah Kim\"}}</script>"
  "<style>p { color: red }</style>"
  "</head><body>"
  "<nav class='menu top'><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul></nav>"
  "<article id='story'><h1>Korea vows   pressure</h1>"
  "<p>South Korea, the <a href='/us'>United States</a> and Japan agreed.</p>"
  "<p>Second&nbsp;paragraph<br>with a break.</p>"
  "<blockquote><p>A quote.</p></blockquote>"
  "<figure><img src='x.png'><figcaption>A caption</figcaption></figure>"
  "<pre>  code\n    indented</pre>"
  "<div hidden>Hidden text</div><div style='display: none'>Also hidden</div>"
  "<script>var x = 'not text';</script>"
  "</article>"
  "<table><tr><td>Cell one</td><td>Cell two</td></tr></table>"
  "<footer><form><input type='text'>Subscribe</form></footer>"
  "</body></html>";

static void
test_blocks (void)
{
  g_autoptr(WinnowDocument) document = read_html (page, -1);
  const char *text = winnow_document_get_text (document, NULL);
  WinnowBlock *block;
  g_autofree char *t0 = NULL, *t2 = NULL, *t3 = NULL, *t4 = NULL, *t7 = NULL;

  g_assert_true (winnow_document_is_html (document));
  g_assert_cmpuint (winnow_document_get_n_blocks (document), ==, 11);
  g_assert_null (strstr (text, "Hidden"));
  g_assert_null (strstr (text, "not text"));
  g_assert_null (strstr (text, "color"));

  t0 = block_text (document, 0);
  g_assert_cmpstr (t0, ==, "Home");
  block = winnow_document_get_block (document, 0);
  g_assert_cmpint (winnow_block_get_kind (block), ==, WINNOW_BLOCK_KIND_LIST_ITEM);
  g_assert_true (winnow_block_get_flags (block) & WINNOW_BLOCK_FLAG_IN_NAV);
  g_assert_true (winnow_block_get_flags (block) & WINNOW_BLOCK_FLAG_IN_LIST);
  g_assert_cmpuint (winnow_block_get_link_length (block), ==, 4);
  g_assert_cmpstr (winnow_block_get_path (block), ==, "html>body>nav>ul>li");
  g_assert_cmpstr (winnow_block_get_class_words (block), ==, "menu top");

  block = winnow_document_get_block (document, 2);
  t2 = block_text (document, 2);
  g_assert_cmpstr (t2, ==, "Korea vows pressure");
  g_assert_cmpint (winnow_block_get_kind (block), ==, WINNOW_BLOCK_KIND_HEADING);
  g_assert_cmpuint (winnow_block_get_heading_level (block), ==, 1);
  g_assert_true (winnow_block_get_flags (block) & WINNOW_BLOCK_FLAG_IN_ARTICLE);
  g_assert_cmpstr (winnow_block_get_class_words (block), ==, "story");
  g_assert_cmpuint (winnow_block_get_depth (block), ==, 3);
  g_assert_true (winnow_document_get_block_for_node (document, winnow_block_get_node (block)) == block);

  block = winnow_document_get_block (document, 3);
  t3 = block_text (document, 3);
  g_assert_cmpstr (t3, ==, "South Korea, the United States and Japan agreed.");
  g_assert_cmpuint (winnow_block_get_link_length (block), ==, strlen ("United States"));
  g_assert_cmpint (winnow_block_get_kind (block), ==, WINNOW_BLOCK_KIND_PARAGRAPH);

  t4 = block_text (document, 4);
  g_assert_cmpstr (t4, ==, "Second paragraph\nwith a break.");
  g_assert_cmpint (winnow_block_get_kind (winnow_document_get_block (document, 5)), ==,
                   WINNOW_BLOCK_KIND_QUOTE);
  block = winnow_document_get_block (document, 6);
  g_assert_cmpint (winnow_block_get_kind (block), ==, WINNOW_BLOCK_KIND_CAPTION);
  g_assert_true (winnow_block_get_flags (block) & WINNOW_BLOCK_FLAG_IN_FIGURE);
  t7 = block_text (document, 7);
  g_assert_cmpstr (t7, ==, "  code\n    indented");
  g_assert_cmpint (winnow_block_get_kind (winnow_document_get_block (document, 7)), ==,
                   WINNOW_BLOCK_KIND_PREFORMATTED);
  block = winnow_document_get_block (document, 8);
  g_assert_cmpint (winnow_block_get_kind (block), ==, WINNOW_BLOCK_KIND_TABLE_CELL);
  g_assert_true (winnow_block_get_flags (block) & WINNOW_BLOCK_FLAG_IN_TABLE);
  block = winnow_document_get_block (document, 10);
  g_assert_true (winnow_block_get_flags (block) & WINNOW_BLOCK_FLAG_IN_FORM);
  g_assert_nonnull (winnow_document_get_html_tree (document));
}

static void
test_head_metadata (void)
{
  g_autoptr(WinnowDocument) document = read_html (page, -1);
  const char * const *json_ld = winnow_document_get_json_ld (document);
  g_auto(GStrv) names = winnow_document_list_head_meta (document);

  g_assert_cmpstr (winnow_document_get_title (document), ==, "Korea vows pressure | Daily");
  g_assert_cmpstr (winnow_document_get_url (document), ==, "https://example.org/a/1");
  g_assert_cmpstr (winnow_document_get_language (document), ==, "en");
  g_assert_cmpstr (winnow_document_get_head_meta (document, "AUTHOR"), ==, "Sarah Kim");
  g_assert_cmpstr (winnow_document_get_metadata_string (document, WINNOW_META_SITE_NAME), ==, "Daily");
  g_assert_cmpstr (winnow_document_get_metadata_string (document, WINNOW_META_DESCRIPTION), ==, "About the talks");
  g_assert_cmpuint (g_strv_length (names), ==, 4);
  g_assert_cmpstr (winnow_document_get_head_meta (document, "citation_author"), ==, "A. One");
  g_assert_cmpstr (winnow_document_get_head_meta_all (document, "citation_author")[1], ==, "B. Two");
  g_assert_null (winnow_document_get_head_meta_all (document, "citation_author")[2]);
  g_assert_null (winnow_document_get_head_meta_all (document, "no-such-meta"));
  g_assert_nonnull (json_ld[0]);
  g_assert_nonnull (strstr (json_ld[0], "NewsArticle"));
  g_assert_null (json_ld[1]);
}

static void
test_windows_1252_declared (void)
{
  g_autoptr(WinnowDocument) document =
    read_html ("<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\xe9 \x93quoted\x94 \x80 5</p></body></html>", -1);
  g_autofree char *t = block_text (document, 0);

  g_assert_cmpstr (t, ==, "Café “quoted” € 5");
}

static void
test_http_equiv (void)
{
  g_autoptr(WinnowDocument) document =
    read_html ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-15'></head>"
               "<body><p>Prix: 5 \xa4</p></body></html>", -1);
  g_autofree char *t = block_text (document, 0);

  g_assert_cmpstr (t, ==, "Prix: 5 €");
}

static void
test_undeclared_utf8 (void)
{
  g_autoptr(WinnowDocument) document = read_html ("<p>Zürich — 서울</p>", -1);
  g_autofree char *t = block_text (document, 0);

  g_assert_cmpstr (t, ==, "Zürich — 서울");
}

static void
test_undeclared_legacy (void)
{
  /* Not UTF-8 and nothing declared: the web's legacy encoding. */
  g_autoptr(WinnowDocument) document = read_html ("<p>Gr\xfc\xdf Gott, M\xfcnchen</p>", -1);
  g_autofree char *t = block_text (document, 0);

  g_assert_cmpstr (t, ==, "Grüß Gott, München");
}

static void
test_lying_charset (void)
{
  /* Declares latin-1, but the bytes are UTF-8. */
  g_autoptr(WinnowDocument) document =
    read_html ("<html><head><meta charset='iso-8859-1'></head><body><p>Straße in Köln</p></body></html>", -1);
  g_autofree char *t = block_text (document, 0);

  g_assert_cmpstr (t, ==, "Straße in Köln");
}

/* UTF-8 read as Latin-1 or windows-1252 and encoded again is undone when
 * the page shows it beyond doubt; text that only looks like it is kept. */
static void
test_mojibake (void)
{
  static const struct {
    const char *html;
    const char *expected;
  } cases[] = {
    /* read as Latin-1: "’" became "â" and two C1 controls */
    { "<p>Caf\xc3\x83\xc2\xa9 cr\xc3\x83\xc2\xa8me, that\xc3\xa2\xc2\x80\xc2\x99s it</p>",
      "Café crème, that’s it" },
    /* read as windows-1252: "â€œ…â€\x9d", "â€™" */
    { "<p>\xc3\xa2\xe2\x82\xac\xc5\x93quoted\xc3\xa2\xe2\x82\xac\xc2\x9d and it\xc3\xa2\xe2\x82\xac\xe2\x84\xa2s</p>",
      "“quoted” and it’s" },
    /* one mark on a page with nothing else beyond ASCII */
    { "<p>Only one\xc3\xa2\xc2\x80\xc2\x94here</p>", "Only one—here" },
    /* encoded twice over: "ÃƒÂ©" */
    { "<p>Caf\xc3\x83\xc6\x92\xc3\x82\xc2\xa9 and caf\xc3\x83\xc6\x92\xc3\x82\xc2\xa9 and "
      "caf\xc3\x83\xc6\x92\xc3\x82\xc2\xa9</p>", "Café and café and café" },
    /* a page about mojibake, quoting it beside the real letter */
    { "<p>I saw \"\xc3\x83\xc2\xa4\" instead of \"\xc3\xa4\" in M\xc3\xbcnchen</p>",
      "I saw \"Ã¤\" instead of \"ä\" in München" },
    /* German quotes after ß, French guillemets after a non-breaking space,
     * Portuguese capitals: real text that a careless repair would break */
    { "<p>\xe2\x80\x9e" "Fu\xc3\x9f\xe2\x80\x9c und \xc2\xab\xc2\xa0" "caf\xc3\xa9\xc2\xa0\xc2\xbb in S\xc3\x83O PAULO</p>",
      "„Fuß“ und « café » in SÃO PAULO" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(WinnowDocument) document = read_html (cases[i].html, -1);
      g_autofree char *t = block_text (document, 0);

      g_assert_cmpstr (t, ==, cases[i].expected);
    }
}

/* Whatever pieces of double encoding come in, in whatever order, and cut
 * wherever, what comes out is valid UTF-8 and never longer. */
static void
test_mojibake_fragments (void)
{
  static const char * const pieces[] = {
    "\xc3\x83", "\xc3\x82", "\xc3\xa2", "\xc3\xb0", "\xc3\xb4", "\xc3\xa0",
    "\xc2\x80", "\xc2\x9f", "\xc2\xa0", "\xc2\xa9", "\xc2\xbf", "\xe2\x82\xac",
    "\xe2\x80\x9c", "\xe2\x84\xa2", "\xc5\x93", "\xc6\x92", "\xc3\xa9", "a", " ", "<",
  };
  g_autoptr(WinnowReader) reader = winnow_reader_new ();

  for (guint round = 0; round < 2000; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(WinnowDocument) document = NULL;
      g_autoptr(GError) error = NULL;
      guint n = g_test_rand_int_range (1, 40);
      const char *out;
      gsize out_length;

      for (guint i = 0; i < n; i++)
        g_string_append (text, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);
      document = winnow_reader_read_text (reader, text->str, text->len, "fragments.txt", &error);
      g_assert_no_error (error);
      out = winnow_document_get_text (document, &out_length);
      g_assert_true (g_utf8_validate (out, out_length, NULL));
      g_assert_cmpuint (out_length, <=, text->len);
    }
}

/* The repair runs on every path in, and can be turned off. */
static void
test_mojibake_paths (void)
{
  static const char text[] = "Caf\xc3\x83\xc2\xa9 cr\xc3\x83\xc2\xa8me br\xc3\x83\xc2\xbbl\xc3\x83\xc2\xa9" "e";
  g_autoptr(WinnowReader) reader = winnow_reader_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowDocument) plain = NULL;
  g_autoptr(WinnowDocument) declared = NULL;
  g_autoptr(WinnowDocument) kept = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *t1 = NULL, *t2 = NULL, *t3 = NULL;
  g_autofree char *html = g_strdup_printf ("<html><head><meta charset='iso-8859-1'></head>"
                                           "<body><p>%s</p></body></html>", text);

  g_assert_true (winnow_reader_get_repair_mojibake (reader));
  plain = winnow_reader_read_text (reader, text, -1, "page.txt", &error);
  g_assert_no_error (error);
  t1 = block_text (plain, 0);
  g_assert_cmpstr (t1, ==, "Café crème brûlée");

  /* declared Latin-1, but valid UTF-8: read as UTF-8, then undone */
  bytes = g_bytes_new (html, strlen (html));
  declared = winnow_reader_read_bytes (reader, bytes, "page.html", NULL, &error);
  g_assert_no_error (error);
  t2 = block_text (declared, 0);
  g_assert_cmpstr (t2, ==, "Café crème brûlée");

  g_object_set (reader, "repair-mojibake", FALSE, NULL);
  g_assert_false (winnow_reader_get_repair_mojibake (reader));
  kept = winnow_reader_read_text (reader, text, -1, "page.txt", &error);
  g_assert_no_error (error);
  t3 = block_text (kept, 0);
  g_assert_cmpstr (t3, ==, "CafÃ© crÃ¨me brÃ»lÃ©e");
}

/* A page that declares latin-1 is read as UTF-8 only when all of it is
 * valid UTF-8: one bad byte anywhere, after a long stretch of ASCII, or a
 * NUL byte, makes it latin-1 (windows-1252) again. The multi-byte characters fall on
 * every offset within a machine word. */
static void
test_lying_charset_checked (void)
{
  static const char head[] = "<html><head><meta charset='iso-8859-1'></head><body><p>";
  static const char tail[] = "</p><p>Straße in Köln</p></body></html>";
  static const char * const spoilers[] = { "\xc3 ", "\xe2\x82", "\xed\xa0\x80", "\xc0\xaf", "\xff" };

  for (guint offset = 0; offset < 8; offset++)
    {
      g_autoptr(GString) html = g_string_new (head);
      g_autoptr(WinnowDocument) document = NULL;
      g_autofree char *t = NULL;

      for (guint i = 0; i < 40 + offset; i++)
        g_string_append_c (html, 'a');
      g_string_append (html, "é€😀 and more plain words to follow");
      g_string_append (html, tail);
      document = read_html (html->str, html->len);
      t = block_text (document, 1);
      g_assert_cmpstr (t, ==, "Straße in Köln");

      for (guint k = 0; k < G_N_ELEMENTS (spoilers); k++)
        {
          g_autoptr(GString) spoilt = g_string_new_len (html->str, html->len);
          g_autoptr(WinnowDocument) latin1 = NULL;
          g_autoptr(WinnowDocument) undone = NULL;
          g_autofree char *l = NULL;
          g_autofree char *u = NULL;

          g_string_insert (spoilt, strlen (head) + 40 + offset + 16, spoilers[k]);
          latin1 = read_html_as_decoded (spoilt->str, spoilt->len);
          l = block_text (latin1, 1);
          /* latin-1 labels mean windows-1252, as in browsers: 0x9F is Ÿ */
          g_assert_cmpstr (l, ==, "StraÃŸe in KÃ¶ln");
          /* ... and the UTF-8 that this shows is then undone */
          undone = read_html (spoilt->str, spoilt->len);
          u = block_text (undone, 1);
          g_assert_cmpstr (u, ==, "Straße in Köln");
        }

      /* A NUL byte is dropped, and the rest is still UTF-8. */
      {
        g_autoptr(GString) with_nul = g_string_new_len (html->str, html->len);
        g_autoptr(WinnowDocument) repaired = NULL;
        g_autofree char *first = NULL;
        g_autofree char *second = NULL;

        g_string_insert_len (with_nul, strlen (head) + 40 + offset + 16, "\0", 1);
        repaired = read_html (with_nul->str, with_nul->len);
        first = block_text (repaired, 0);
        second = block_text (repaired, 1);
        g_assert_true (g_str_has_suffix (first, "é€😀 and more plain words to follow"));
        g_assert_cmpstr (second, ==, "Straße in Köln");
      }
    }
}

static void
test_utf16_bom (void)
{
  const char *utf8 = "<html><body><p>Grüße</p></body></html>";
  gsize n;
  g_autofree char *utf16 = g_convert (utf8, -1, "UTF-16LE", "UTF-8", NULL, &n, NULL);
  g_autofree char *with_bom = g_malloc (n + 2);
  g_autoptr(WinnowDocument) document = NULL;
  g_autofree char *t = NULL;

  with_bom[0] = '\xff';
  with_bom[1] = '\xfe';
  memcpy (with_bom + 2, utf16, n);
  document = read_html (with_bom, n + 2);
  t = block_text (document, 0);
  g_assert_cmpstr (t, ==, "Grüße");
}

static void
test_caller_charset (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowDocument) document =
    read_html_with ("<p>\xe4\xf6\xfc</p>", -1, "iso-8859-1", &error);
  g_autofree char *t = NULL;

  g_assert_no_error (error);
  t = block_text (document, 0);
  g_assert_cmpstr (t, ==, "äöü");
}

static void
test_unknown_caller_charset (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowDocument) document = read_html_with ("<p>x</p>", -1, "no-such-charset", &error);

  g_assert_null (document);
  g_assert_error (error, WINNOW_READER_ERROR, WINNOW_READER_ERROR_UNKNOWN_CHARSET);
}

static void
test_unknown_declared_charset (void)
{
  /* A page declaring a charset nobody knows is detected instead. */
  g_autoptr(WinnowDocument) document =
    read_html ("<meta charset='x-unknown-42'><p>Zürich</p>", -1);
  g_autofree char *t = block_text (document, 0);

  g_assert_cmpstr (t, ==, "Zürich");
}

static void
test_hidden_content_fallback (void)
{
  /* Content served in <noscript> (forums) or streamed into hidden
   * containers (Next.js) is read when the page shows almost nothing. */
  g_autoptr(WinnowDocument) noscript =
    read_html ("<html><body><div id='app'>Loading…</div><noscript><article><h1>Topic title</h1>"
               "<p>The first post of the thread, long enough to be the real content of this page, "
               "which a browser without scripts would show.</p></article></noscript></body></html>", -1);
  g_autoptr(WinnowDocument) streamed =
    read_html ("<html><body><div hidden id='S:0'><p>Streamed paragraph one, which the page's "
               "script moves into place once it runs.</p><p>Streamed paragraph two.</p></div></body></html>", -1);
  /* A page with real visible content keeps its hidden parts out. */
  g_autoptr(WinnowDocument) visible = NULL;
  GString *long_page = g_string_new ("<html><body>");
  g_autofree char *t = NULL;

  g_assert_cmpuint (winnow_document_get_n_blocks (noscript), ==, 3);
  t = block_text (noscript, 1);
  g_assert_cmpstr (t, ==, "Topic title");
  g_assert_cmpuint (winnow_document_get_n_blocks (streamed), ==, 2);

  for (int i = 0; i < 20; i++)
    g_string_append (long_page, "<p>A visible paragraph of the article, with enough words to count.</p>");
  g_string_append (long_page, "<noscript><p>Please enable JavaScript.</p></noscript>"
                         "<div style='display:none'>Hidden menu</div></body></html>");
  visible = read_html (long_page->str, long_page->len);
  g_assert_cmpuint (winnow_document_get_n_blocks (visible), ==, 20);
  g_assert_null (strstr (winnow_document_get_text (visible, NULL), "JavaScript"));
  g_string_free (long_page, TRUE);
}

static void
test_streamed_segment (void)
{
  /* React's streaming rendering: the article arrives in <div hidden
   * id="S:0"> after a visible menu, and the page's script shows it at
   * once. It is read even when the page shows plenty besides; other
   * hidden elements are not. */
  GString *html = g_string_new ("<html><body><nav><template id='B:0'></template>");
  g_autoptr(WinnowDocument) document = NULL;
  const char *text;

  for (int i = 0; i < 40; i++)
    g_string_append (html, "<a href='/c'>A category of the shop with a long name</a><br><br>");
  g_string_append (html, "</nav><div hidden id='menu'>A hidden drawer</div>"
                         "<div hidden id='S:0'><article><p>The streamed article paragraph.</p></article></div>"
                         "<div hidden id='S:x-1'>Not a segment id</div></body></html>");
  document = read_html (html->str, html->len);
  text = winnow_document_get_text (document, NULL);
  g_assert_nonnull (strstr (text, "The streamed article paragraph."));
  g_assert_null (strstr (text, "hidden drawer"));
  g_assert_null (strstr (text, "Not a segment"));
  g_string_free (html, TRUE);
}

static void
test_unclosed_button (void)
{
  GString *html = g_string_new ("<html><body><header><button class='menu'>Menu</button>"
                                "<button class='open'><span>Open</span>");
  g_autoptr(WinnowDocument) document = NULL;

  /* The second button is never closed: the parser puts the article in it. */
  for (int i = 0; i < 8; i++)
    g_string_append (html, "<p>A paragraph of the article that the unclosed button swallowed.</p>");
  g_string_append (html, "</body></html>");
  document = read_html (html->str, html->len);
  g_assert_null (strstr (winnow_document_get_text (document, NULL), "Menu"));
  g_assert_nonnull (strstr (winnow_document_get_text (document, NULL), "the unclosed button swallowed"));
  g_assert_cmpuint (winnow_document_get_n_blocks (document), >=, 8);
  g_string_free (html, TRUE);
}

static void
test_truncated (void)
{
  g_autoptr(WinnowDocument) document =
    read_html ("<html><body><article><p>First paragraph.</p><p>Second, cut off in the mid", -1);
  g_autofree char *t = NULL;

  g_assert_cmpuint (winnow_document_get_n_blocks (document), ==, 2);
  t = block_text (document, 1);
  g_assert_cmpstr (t, ==, "Second, cut off in the mid");
}

static void
test_deeply_nested (void)
{
  GString *html = g_string_new ("<html><body>");
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowDocument) document = NULL;

  for (int i = 0; i < 5000; i++)
    g_string_append (html, "<div>");
  g_string_append (html, "deep");
  document = read_html_with (html->str, html->len, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, WINNOW_READER_ERROR, WINNOW_READER_ERROR_PARSE);
  g_string_free (html, TRUE);
}

static void
test_nested_within_limit (void)
{
  GString *html = g_string_new ("<html><body>");
  g_autoptr(WinnowDocument) document = NULL;
  g_autofree char *t = NULL;

  for (int i = 0; i < 200; i++)
    g_string_append (html, "<div>");
  g_string_append (html, "deep text");
  document = read_html (html->str, html->len);
  g_assert_cmpuint (winnow_document_get_n_blocks (document), ==, 1);
  t = block_text (document, 0);
  g_assert_cmpstr (t, ==, "deep text");
  g_assert_cmpuint (winnow_block_get_depth (winnow_document_get_block (document, 0)), ==, 201);
  g_string_free (html, TRUE);
}

static void
test_empty (void)
{
  g_autoptr(WinnowDocument) document = read_html ("", 0);
  g_autoptr(WinnowDocument) blank = read_html ("<html><body>   </body></html>", -1);
  g_autofree char *content = winnow_document_get_content (document);

  g_assert_cmpuint (winnow_document_get_n_blocks (document), ==, 0);
  g_assert_cmpstr (content, ==, "");
  g_assert_cmpuint (winnow_document_get_n_blocks (blank), ==, 0);
}

static void
test_too_large (void)
{
  g_autoptr(WinnowReader) reader = winnow_reader_new ();
  g_autoptr(GBytes) bytes = g_bytes_new ("<p>0123456789</p>", 17);
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowDocument) document = NULL;

  winnow_reader_set_max_size (reader, 16);
  document = winnow_reader_read_bytes (reader, bytes, NULL, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, WINNOW_READER_ERROR, WINNOW_READER_ERROR_TOO_LARGE);
}

static void
test_gzip (void)
{
  const char *html = "<html><body><p>Compressed page</p></body></html>";
  g_autoptr(GZlibCompressor) compressor = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 6);
  guint8 out[512];
  gsize read, written;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(WinnowDocument) document = NULL;
  g_autofree char *t = NULL;

  g_assert_cmpint (g_converter_convert (G_CONVERTER (compressor), html, strlen (html), out, sizeof out,
                                        G_CONVERTER_INPUT_AT_END, &read, &written, &error),
                   ==, G_CONVERTER_FINISHED);
  bytes = g_bytes_new (out, written);
  document = winnow_document_new_from_bytes (bytes, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (winnow_document_is_html (document));
  t = block_text (document, 0);
  g_assert_cmpstr (t, ==, "Compressed page");
}

static void
test_sniffing (void)
{
  g_autoptr(GBytes) html = g_bytes_new_static ("<!doctype html><p>x</p>", 23);
  g_autoptr(GBytes) text = g_bytes_new_static ("a < b and <c> is text", 21);
  g_autoptr(WinnowDocument) d1 = winnow_document_new_from_bytes (html, NULL, NULL, NULL);
  g_autoptr(WinnowDocument) d2 = winnow_document_new_from_bytes (text, NULL, NULL, NULL);

  g_assert_true (winnow_document_is_html (d1));
  g_assert_false (winnow_document_is_html (d2));
}

static void
test_rtl_and_cjk (void)
{
  g_autoptr(WinnowDocument) document =
    read_html ("<html lang='ar' dir='rtl'><body><p>مرحبا بالعالم</p><p>東京都の天気</p></body></html>", -1);
  g_autofree char *t0 = block_text (document, 0);
  g_autofree char *t1 = block_text (document, 1);

  g_assert_cmpstr (t0, ==, "مرحبا بالعالم");
  g_assert_cmpstr (t1, ==, "東京都の天気");
  g_assert_cmpstr (winnow_document_get_language (document), ==, "ar");
}

static void
test_from_file_and_stream (void)
{
  g_autofree char *path = test_seed_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowDocument) document = winnow_document_new_from_file (file, NULL, &error);
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(WinnowDocument) from_stream = NULL;

  g_assert_no_error (error);
  g_assert_false (winnow_document_is_html (document));
  g_assert_cmpuint (winnow_document_get_n_blocks (document), >, 20);
  g_assert_cmpstr (winnow_document_get_source_name (document), ==, path);
  g_assert_cmpstr (winnow_document_get_language (document), ==, "en");

  stream = g_file_read (file, NULL, &error);
  g_assert_no_error (error);
  from_stream = winnow_document_new_from_stream (G_INPUT_STREAM (stream), "text/plain", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (winnow_document_get_text (from_stream, NULL), ==,
                   winnow_document_get_text (document, NULL));
}

static void
on_stream_read (GObject *source, GAsyncResult *result, gpointer user_data)
{
  WinnowDocument **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = winnow_document_new_from_stream_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_stream_async (void)
{
  g_autoptr(GInputStream) stream =
    g_memory_input_stream_new_from_data ("<p>Async page</p>", -1, NULL);
  WinnowDocument *document = NULL;
  g_autofree char *t = NULL;

  winnow_document_new_from_stream_async (stream, NULL, NULL, NULL, on_stream_read, &document);
  while (document == NULL)
    g_main_context_iteration (NULL, TRUE);
  t = block_text (document, 0);
  g_assert_cmpstr (t, ==, "Async page");
  g_object_unref (document);
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/page.html");
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowDocument) document = winnow_document_new_from_file (file, NULL, &error);

  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

static xmlNode *
find_element (xmlNode    *node,
              const char *name,
              const char *id)
{
  for (; node != NULL; node = node->next)
    {
      xmlNode *found;

      if (node->type == XML_ELEMENT_NODE
          && g_ascii_strcasecmp ((const char *) node->name, name) == 0)
        {
          g_autofree char *node_id = (char *) xmlGetProp (node, (const xmlChar *) "id");

          if (g_strcmp0 (node_id, id) == 0)
            return node;
        }
      if ((found = find_element (node->children, name, id)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_script_and_style_code (void)
{
  g_autoptr(WinnowDocument) document =
    read_html ("<html><head><style id='css'>p { color: red } /* </p><p>not text */</style>"
               "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Kept\"}</script>"
               "<script type=\"application/json\" id='data'>{\"a\": 1}</script></head><body>"
               "<!-- <script> a tag commented out -->"
               "<div data-html='<script>'><p>First paragraph, after a quoted tag.</p></div>"
               "<SCRIPT id='writer'>document.write(\"<p>Written by script</p>\");</SCRIPT >"
               "<p>Second paragraph.</p>"
               "<script src='self-closed.js'/><p>After a self-closed script.</p><style/>"
               "<p>After a self-closed style.</p>"
               "<script id='ext' src='x.js' defer></script>"
               "<p>Third paragraph.</p>"
               "<script id='tail'>var unclosed = \"<p>never closed</p>\";", -1);
  const char *text = winnow_document_get_text (document, NULL);
  const char * const *json_ld = winnow_document_get_json_ld (document);
  xmlNode *root = xmlDocGetRootElement (winnow_document_get_html_tree (document));
  xmlNode *data, *external;
  g_autofree char *data_text = NULL;
  g_autofree char *src = NULL;

  /* the body text is what it was; code never becomes text */
  g_assert_nonnull (strstr (text, "First paragraph, after a quoted tag."));
  g_assert_nonnull (strstr (text, "Second paragraph."));
  g_assert_nonnull (strstr (text, "Third paragraph."));
  g_assert_nonnull (strstr (text, "After a self-closed script."));
  g_assert_nonnull (strstr (text, "After a self-closed style."));
  g_assert_null (strstr (text, "Written by script"));
  g_assert_null (strstr (text, "never closed"));
  g_assert_null (strstr (text, "color"));

  /* data islands keep their text, code is dropped, elements stay */
  g_assert_cmpuint (g_strv_length ((char **) json_ld), ==, 1);
  g_assert_nonnull (strstr (json_ld[0], "\"headline\": \"Kept\""));
  data = find_element (root, "script", "data");
  g_assert_nonnull (data);
  data_text = (char *) xmlNodeGetContent (data);
  g_assert_cmpstr (data_text, ==, "{\"a\": 1}");
  g_assert_nonnull (find_element (root, "style", "css"));
  g_assert_null (find_element (root, "style", "css")->children);
  g_assert_nonnull (find_element (root, "script", "writer"));
  g_assert_null (find_element (root, "script", "writer")->children);
  external = find_element (root, "script", "ext");
  g_assert_nonnull (external);
  src = (char *) xmlGetProp (external, (const xmlChar *) "src");
  g_assert_cmpstr (src, ==, "x.js");
}

/* Cut anywhere (inside a tag, a quoted value, a comment, a body), a page
 * reads, and code never turns into text. */
static void
test_script_and_style_code_truncated (void)
{
  const char *html =
    "<html><head><style>b{x:1}</style><script type=\"text/javascript\">var codeA = '</p>';</script>"
    "</head><body><!-- <script>codeB --><p title=\"a>b\">Visible text.</p>"
    "<script>codeC()</scriptx></script><p>More text.</p><style>codeD{}</STYLE></body></html>";
  gsize n = strlen (html);

  for (gsize cut = 0; cut <= n; cut++)
    {
      g_autoptr(WinnowDocument) document = read_html (html, cut);
      const char *text = winnow_document_get_text (document, NULL);

      g_assert_null (strstr (text, "code"));
      if (cut == n)
        {
          g_assert_nonnull (strstr (text, "Visible text."));
          g_assert_nonnull (strstr (text, "More text."));
        }
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/html-reader/blocks", test_blocks);
  g_test_add_func ("/html-reader/head-metadata", test_head_metadata);
  g_test_add_func ("/html-reader/encoding/windows-1252", test_windows_1252_declared);
  g_test_add_func ("/html-reader/encoding/http-equiv", test_http_equiv);
  g_test_add_func ("/html-reader/encoding/undeclared-utf8", test_undeclared_utf8);
  g_test_add_func ("/html-reader/encoding/undeclared-legacy", test_undeclared_legacy);
  g_test_add_func ("/html-reader/encoding/lying-charset", test_lying_charset);
  g_test_add_func ("/html-reader/encoding/lying-charset-checked", test_lying_charset_checked);
  g_test_add_func ("/html-reader/encoding/utf16-bom", test_utf16_bom);
  g_test_add_func ("/html-reader/encoding/caller-charset", test_caller_charset);
  g_test_add_func ("/html-reader/encoding/unknown-caller-charset", test_unknown_caller_charset);
  g_test_add_func ("/html-reader/encoding/unknown-declared-charset", test_unknown_declared_charset);
  g_test_add_func ("/html-reader/encoding/mojibake", test_mojibake);
  g_test_add_func ("/html-reader/encoding/mojibake-paths", test_mojibake_paths);
  g_test_add_func ("/html-reader/encoding/mojibake-fragments", test_mojibake_fragments);
  g_test_add_func ("/html-reader/truncated", test_truncated);
  g_test_add_func ("/html-reader/script-and-style-code", test_script_and_style_code);
  g_test_add_func ("/html-reader/script-and-style-code-truncated", test_script_and_style_code_truncated);
  g_test_add_func ("/html-reader/unclosed-button", test_unclosed_button);
  g_test_add_func ("/html-reader/hidden-content-fallback", test_hidden_content_fallback);
  g_test_add_func ("/html-reader/streamed-segment", test_streamed_segment);
  g_test_add_func ("/html-reader/deeply-nested", test_deeply_nested);
  g_test_add_func ("/html-reader/nested-within-limit", test_nested_within_limit);
  g_test_add_func ("/html-reader/empty", test_empty);
  g_test_add_func ("/html-reader/too-large", test_too_large);
  g_test_add_func ("/html-reader/gzip", test_gzip);
  g_test_add_func ("/html-reader/sniffing", test_sniffing);
  g_test_add_func ("/html-reader/rtl-and-cjk", test_rtl_and_cjk);
  g_test_add_func ("/reader/file-and-stream", test_from_file_and_stream);
  g_test_add_func ("/reader/stream-async", test_stream_async);
  g_test_add_func ("/reader/missing-file", test_missing_file);
  return g_test_run ();
}
