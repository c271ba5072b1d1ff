<?xml version="1.0" encoding="UTF-8"?>
<!--
  How to cite a page: the visible citation block, CSL-JSON and BibTeX downloads, and the citation_*
  (Highwire) and Dublin Core meta tags that reference managers such as Zotero read.

  A citation record is a map:
    'id'      file name of the citation downloads (cite/<id>.json, cite/<id>.bib)
    'kind'    'text' or 'person'
    'title'   the page's title
    'authors' author names (strings), none for register entries
    'date'    the text's own date, ISO, or ''
    'path'    the page, relative to the site root
    'header'  the teiHeader the editors, the source's pages and the licence are read from (optional)
  The edition's facts (title, version, release date, base URL, licence) come from params.xsl.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:t="urn:tei-edition:template"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <xsl:output name="json" method="json" indent="yes" encoding="UTF-8"/>
  <xsl:output name="text" method="text" encoding="UTF-8"/>

  <!-- The stable URL of a page: absolute when the site's base URL is configured. -->
  <xsl:function name="f:page-url" as="xs:string">
    <xsl:param name="path" as="xs:string"/>
    <xsl:sequence select="if ($base-url eq '') then $path else if (ends-with($base-url, '/')) then $base-url || $path else $base-url || '/' || $path"/>
  </xsl:function>

  <!-- Editors: the header's editor elements and the names of its respStmts, in order, once each. -->
  <xsl:function name="f:cite-editors" as="xs:string*">
    <xsl:param name="header" as="element(teiHeader)?"/>
    <xsl:sequence select="distinct-values(
      $header/fileDesc/titleStmt/(editor | respStmt/(persName | orgName | name))/normalize-space(.)[. ne ''])"/>
  </xsl:function>

  <!-- The source's page range: ('123', '124'), ('5') or () when the header names no pages. -->
  <xsl:function name="f:cite-pages" as="xs:string*">
    <xsl:param name="header" as="element(teiHeader)?"/>
    <xsl:variable name="range" select="($header/fileDesc/sourceDesc/bibl/citedRange[@unit = 'page'])[1]"/>
    <xsl:variable name="from" select="normalize-space(($range/@from, $range)[1])"/>
    <xsl:variable name="to" select="normalize-space($range/@to)"/>
    <xsl:sequence select="if ($from eq '') then () else ($from, $to[. ne $from][. ne ''])"/>
  </xsl:function>

  <!-- The licence of the page: its document's own, else the edition's. -->
  <xsl:function name="f:cite-licence" as="xs:string">
    <xsl:param name="header" as="element(teiHeader)?"/>
    <xsl:sequence select="(normalize-space($header/fileDesc/publicationStmt/availability/licence[1])[. ne ''], $edition-licence)[1]"/>
  </xsl:function>

  <xsl:function name="f:cite-source" as="xs:string?">
    <xsl:param name="header" as="element(teiHeader)?"/>
    <xsl:variable name="ptr" select="($header/fileDesc/sourceDesc/bibl/ptr/@target)[1]"/>
    <xsl:sequence select="$ptr ! f:source(f:pointer-id(., $ptr)) ! f:source-label(.)"/>
  </xsl:function>

  <xsl:function name="f:citation-text" as="xs:string">
    <xsl:param name="record" as="map(*)"/>
    <xsl:variable name="authors" select="string-join($record?authors, ', ')"/>
    <xsl:variable name="editors" select="f:cite-editors($record?header)"/>
    <xsl:variable name="pages" select="f:cite-pages($record?header)"/>
    <xsl:variable name="source" select="f:cite-source($record?header)"/>
    <xsl:sequence select="string-join((
      ($authors[. ne ''] ! (. || '.')),
      '“' || $record?title || '”' || ($record?date[. ne ''] ! (' (' || . || ')')) || '.',
      'In: ' || $edition-title || (if (exists($editors)) then ', edited by ' || string-join($editors, ', ') else '') || '.',
      string-join((('version ' || $edition-version)[$edition-version ne ''], ('released ' || $edition-date)[$edition-date ne '']), ', ')[. ne ''] ! (upper-case(substring(., 1, 1)) || substring(., 2) || '.'),
      $source ! ('Source: ' || . || (if (count($pages) eq 2) then ', pp. ' || $pages[1] || '–' || $pages[2] else $pages ! (', p. ' || .)) || '.'),
      f:page-url($record?path) || '.'), ' ')"/>
  </xsl:function>

  <!--
    Meta tags as Zotero's "Embedded Metadata" translator reads them: citation_publication_date and
    citation_date both set Zotero's date and the later one wins, so only the edition's release date is
    given (the text's own date is in the visible citation and the CSL-JSON's original-date).
  -->
  <xsl:template name="t:citation-meta">
    <xsl:param name="record" as="map(*)"/>
    <xsl:variable name="editors" select="f:cite-editors($record?header)"/>
    <xsl:variable name="pages" select="f:cite-pages($record?header)"/>
    <meta name="citation_title" content="{$record?title}"/>
    <xsl:for-each select="$record?authors"><meta name="citation_author" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$editors"><meta name="citation_editor" content="{.}"/></xsl:for-each>
    <xsl:if test="$edition-date ne ''"><meta name="citation_publication_date" content="{$edition-date}"/></xsl:if>
    <meta name="citation_book_title" content="{$edition-title}"/>
    <xsl:if test="$edition-publisher ne ''"><meta name="citation_publisher" content="{$edition-publisher}"/></xsl:if>
    <xsl:if test="exists($pages)">
      <meta name="citation_firstpage" content="{$pages[1]}"/>
      <xsl:if test="$pages[2]"><meta name="citation_lastpage" content="{$pages[2]}"/></xsl:if>
    </xsl:if>
    <meta name="citation_public_url" content="{f:page-url($record?path)}"/>
    <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/"/>
    <meta name="DC.title" content="{$record?title}"/>
    <xsl:for-each select="$record?authors"><meta name="DC.creator" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$editors"><meta name="DC.contributor" content="{.}"/></xsl:for-each>
    <xsl:if test="$edition-date ne ''"><meta name="DC.date" content="{$edition-date}"/></xsl:if>
    <xsl:if test="$edition-publisher ne ''"><meta name="DC.publisher" content="{$edition-publisher}"/></xsl:if>
    <meta name="DC.identifier" content="{f:page-url($record?path)}"/>
    <meta name="DC.relation.isPartOf" content="{$edition-title}{(', version ' || $edition-version)[$edition-version ne '']}"/>
    <xsl:if test="f:cite-licence($record?header) ne ''"><meta name="DC.rights" content="{f:cite-licence($record?header)}"/></xsl:if>
    <meta name="DC.type" content="Text"/>
    <meta name="DC.format" content="text/html"/>
  </xsl:template>

  <xsl:template name="t:citation-block">
    <xsl:param name="record" as="map(*)"/>
    <section class="citation" aria-labelledby="cite-heading">
      <h2 id="cite-heading">How to cite</h2>
      <p class="citation-text" id="citation-text">{f:citation-text($record)}</p>
      <xsl:if test="$record?kind = 'text'">
        <p>To cite a paragraph, use its “cite this paragraph” link: the address above with the
          paragraph’s anchor, which stays the same from version to version.</p>
      </xsl:if>
      <xsl:if test="f:cite-licence($record?header) ne ''">
        <p class="citation-licence">Licence: {f:cite-licence($record?header)}</p>
      </xsl:if>
      <p class="citation-downloads">Download:
        <a href="../cite/{$record?id}.json" download="{$record?id}.json" type="application/vnd.citationstyles.csl+json">CSL-JSON</a> ·
        <a href="../cite/{$record?id}.bib" download="{$record?id}.bib" type="application/x-bibtex">BibTeX</a></p>
    </section>
  </xsl:template>

  <!-- Writes cite/<id>.json and cite/<id>.bib next to the page (pages live one folder deep). -->
  <xsl:template name="t:citation-files">
    <xsl:param name="record" as="map(*)"/>
    <xsl:variable name="editors" select="f:cite-editors($record?header)"/>
    <xsl:variable name="pages" select="f:cite-pages($record?header)"/>
    <xsl:variable name="licence" select="f:cite-licence($record?header)"/>
    <xsl:variable name="date-parts" select="array { tokenize($record?date[. ne ''], '-')[. castable as xs:integer] ! xs:integer(.) }"/>
    <xsl:variable name="edition-parts" select="array { tokenize($edition-date, '-')[. castable as xs:integer] ! xs:integer(.) }"/>
    <xsl:result-document href="../cite/{$record?id}.json" format="json">
      <xsl:sequence select="array { map:merge((
        map {
          'id' : $record?id,
          'type' : if ($record?kind = 'person') then 'entry-encyclopedia' else 'chapter',
          'title' : $record?title,
          'container-title' : $edition-title,
          'URL' : f:page-url($record?path)
        },
        map { 'author' : array { $record?authors ! map { 'literal' : . } } }[exists($record?authors)],
        map { 'editor' : array { $editors ! map { 'literal' : . } } }[exists($editors)],
        map { 'version' : $edition-version }[$edition-version ne ''],
        map { 'issued' : map { 'date-parts' : array { $edition-parts } } }[array:size($edition-parts) gt 0],
        map { 'original-date' : map { 'date-parts' : array { $date-parts } } }[array:size($date-parts) gt 0],
        map { 'page' : string-join($pages, '-') }[exists($pages)],
        map { 'source' : f:cite-source($record?header) }[exists(f:cite-source($record?header))],
        map { 'publisher' : $edition-publisher }[$edition-publisher ne ''],
        map { 'license' : $licence }[$licence ne '']
      )) }"/>
    </xsl:result-document>
    <xsl:result-document href="../cite/{$record?id}.bib" format="text">
      <!-- Texts are chapters of the edition; register entries are entries of it (@misc: no author needed). -->
      <xsl:text>{if ($record?kind = 'person') then '@misc' else '@incollection'}{{{replace($record?id, '[^A-Za-z0-9\-]', '')},&#10;</xsl:text>
      <xsl:if test="exists($record?authors)">
        <xsl:text>  author = {{{string-join($record?authors ! f:bibtex-escape(.), ' and ')}}},&#10;</xsl:text>
      </xsl:if>
      <xsl:if test="exists($editors)">
        <!-- Names of bodies are braced so that BibTeX does not split them into given and family names. -->
        <xsl:text>  editor = {{{string-join($editors ! ('{' || f:bibtex-escape(.) || '}'), ' and ')}}},&#10;</xsl:text>
      </xsl:if>
      <xsl:text>  title = {{{f:bibtex-escape($record?title)}}},&#10;</xsl:text>
      <xsl:choose>
        <xsl:when test="$record?kind = 'person'">
          <xsl:text>  howpublished = {{In: {f:bibtex-escape($edition-title)}}},&#10;</xsl:text>
        </xsl:when>
        <xsl:otherwise>
          <xsl:text>  booktitle = {{{f:bibtex-escape($edition-title)}}},&#10;</xsl:text>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$edition-version ne ''">
        <xsl:text>  version = {{{f:bibtex-escape($edition-version)}}},&#10;</xsl:text>
      </xsl:if>
      <xsl:if test="$edition-publisher ne ''">
        <xsl:text>  publisher = {{{f:bibtex-escape($edition-publisher)}}},&#10;</xsl:text>
      </xsl:if>
      <xsl:if test="$edition-date ne ''">
        <xsl:text>  year = {{{substring($edition-date, 1, 4)}}},&#10;</xsl:text>
        <xsl:text>  date = {{{$edition-date}}},&#10;</xsl:text>
      </xsl:if>
      <xsl:if test="exists($pages)">
        <xsl:text>  pages = {{{string-join($pages, '--')}}},&#10;</xsl:text>
      </xsl:if>
      <xsl:text>  url = {{{f:page-url($record?path)}}},&#10;</xsl:text>
      <xsl:variable name="note" select="(
        $record?date[. ne ''] ! ('Original date ' || . || '.'),
        f:cite-source($record?header) ! ('Source: ' || f:bibtex-escape(.) || '.'),
        $licence[. ne ''] ! ('Licence: ' || f:bibtex-escape(.)))"/>
      <xsl:if test="exists($note)">
        <xsl:text>  note = {{{string-join($note, ' ')}}},&#10;</xsl:text>
      </xsl:if>
      <xsl:text>}}&#10;</xsl:text>
    </xsl:result-document>
  </xsl:template>

</xsl:stylesheet>
