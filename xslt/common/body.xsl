<?xml version="1.0" encoding="UTF-8"?>
<!--
  The text as printed, TEI to HTML (mode m:body). Persons, dates and notes have their own modules.
  Everything from the TEI reaches the page as text or attribute values, escaped by the serialiser;
  links only through f:site-href / f:safe-href.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:m="urn:tei-edition:mode"
  xmlns:t="urn:tei-edition:template"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <!-- The TEI vocabulary beyond the text structure, one file per concern. -->
  <xsl:include href="transcription.xsl"/>
  <xsl:include href="apparatus.xsl"/>
  <xsl:include href="drama.xsl"/>
  <xsl:include href="figures.xsl"/>
  <xsl:include href="correspondence.xsl"/>
  <xsl:include href="header-view.xsl"/>

  <!-- Unknown elements keep their text (nothing lost) inside a span named after them. -->
  <xsl:mode name="m:body" on-no-match="shallow-skip" use-accumulators="#all"/>

  <xsl:template match="*" mode="m:body" priority="-1">
    <span class="tei-{local-name()}"><xsl:apply-templates mode="m:body"/></span>
  </xsl:template>

  <xsl:template match="text()" mode="m:body">
    <xsl:value-of select="."/>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()" mode="m:body"/>

  <!-- Structure -->
  <xsl:template match="text | front | body | back" mode="m:body">
    <xsl:apply-templates mode="m:body"/>
  </xsl:template>

  <xsl:template match="div" mode="m:body">
    <section class="div div-{(@type, 'plain')[1]}">
      <xsl:apply-templates mode="m:body"/>
    </section>
  </xsl:template>

  <!-- h2 for top-level divisions, deeper ones down to h6 (the page title is the h1). -->
  <xsl:template match="div/head" mode="m:body">
    <xsl:element name="h{min((count(ancestor::div) + 1, 6))}">
      <xsl:call-template name="t:block-attributes"/>
      <xsl:apply-templates mode="m:body"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="head" mode="m:body" priority="-0.5">
    <p class="head">
      <xsl:call-template name="t:block-attributes"/>
      <xsl:apply-templates mode="m:body"/>
    </p>
  </xsl:template>

  <xsl:template match="p | ab" mode="m:body">
    <p class="para">
      <xsl:call-template name="t:block-attributes"/>
      <xsl:apply-templates mode="m:body"/>
      <xsl:call-template name="t:pilcrow"/>
    </p>
  </xsl:template>

  <!-- Paragraphs inside notes, or quoted inside another paragraph, cannot be HTML paragraphs:
       they become spans shown as blocks. -->
  <xsl:template match="note//p | p//p | head//p" mode="m:body" priority="1">
    <span class="{if (ancestor::note) then 'note-para' else 'inner-para'}">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:apply-templates mode="m:body"/>
    </span>
  </xsl:template>

  <xsl:template match="cb | milestone | anchor" mode="m:body"/>

  <!-- Letters -->
  <xsl:template match="opener | closer | postscript | epigraph | argument | docImprint | titlePage | titlePart | docTitle" mode="m:body">
    <div class="{local-name()}"><xsl:apply-templates mode="m:body"/></div>
  </xsl:template>

  <xsl:template match="salute | signed | dateline | byline | trailer | docAuthor | docDate" mode="m:body">
    <p class="{local-name()}">
      <xsl:call-template name="t:block-attributes"/>
      <xsl:apply-templates mode="m:body"/>
    </p>
  </xsl:template>

  <!-- Inline elements of a dateline or signature inside a paragraph stay inline. -->
  <xsl:template match="p//(salute | signed | dateline | byline | docAuthor | docDate)" mode="m:body" priority="1">
    <span class="{local-name()}"><xsl:apply-templates mode="m:body"/></span>
  </xsl:template>

  <!-- A quotation with its reference: a block where it stands between paragraphs. -->
  <xsl:template match="cit" mode="m:body">
    <xsl:element name="{if (ancestor::p or ancestor::head or ancestor::item[not(p)]) then 'span' else 'div'}">
      <xsl:attribute name="class" select="'cit'"/>
      <xsl:apply-templates mode="m:body"/>
    </xsl:element>
  </xsl:template>

  <!-- Illustrations are not reproduced; their captions are, where the source printed them. -->
  <xsl:template match="figure" mode="m:body">
    <figure class="figure">
      <xsl:apply-templates select="node() except head" mode="m:body"/>
      <xsl:apply-templates select="head" mode="m:figcaption"/>
    </figure>
  </xsl:template>

  <xsl:mode name="m:figcaption" on-no-match="fail"/>
  <xsl:template match="figure/head" mode="m:figcaption">
    <figcaption>
      <xsl:call-template name="t:block-attributes"/>
      <xsl:if test="not(../graphic)"><span class="figure-label">Illustration (not reproduced): </span></xsl:if>
      <xsl:apply-templates mode="m:body"/>
    </figcaption>
  </xsl:template>

  <xsl:template match="figDesc | desc" mode="m:body">
    <span class="{local-name()}"><xsl:apply-templates mode="m:body"/></span>
  </xsl:template>

  <!-- Chronicles: a list of events, each with its date in a head. -->
  <xsl:template match="listEvent | event" mode="m:body">
    <div class="{local-name()}"><xsl:apply-templates mode="m:body"/></div>
  </xsl:template>

  <!-- Lists and tables -->
  <xsl:template match="list" mode="m:body">
    <xsl:apply-templates select="head" mode="m:body"/>
    <!-- Printed labels (1., a) …) are shown as printed, so such lists get no numbers of their own. -->
    <xsl:variable name="labelled" select="exists(label | item/@n)"/>
    <xsl:element name="{if (@rend = ('numbered', 'ordered') and not($labelled)) then 'ol' else 'ul'}">
      <xsl:attribute name="class" select="if ($labelled) then 'list list-labelled' else 'list'"/>
      <xsl:apply-templates select="node() except head" mode="m:body"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="list/label[following-sibling::*[1][self::item]]" mode="m:body"/>

  <xsl:template match="item" mode="m:body">
    <li>
      <xsl:call-template name="t:block-attributes"/>
      <xsl:apply-templates select="preceding-sibling::*[1][self::label]" mode="m:label"/>
      <xsl:if test="@n and not(preceding-sibling::*[1][self::label])"><span class="label">{@n}</span><xsl:text> </xsl:text></xsl:if>
      <xsl:apply-templates mode="m:body"/>
    </li>
  </xsl:template>

  <xsl:mode name="m:label" on-no-match="fail"/>
  <xsl:template match="label" mode="m:label">
    <span class="label"><xsl:apply-templates mode="m:body"/></span><xsl:text> </xsl:text>
  </xsl:template>

  <!-- A list inside a paragraph cannot be a list in HTML: its items run on. -->
  <xsl:template match="p//list" mode="m:body" priority="1">
    <span class="inline-list"><xsl:apply-templates mode="m:body"/></span>
  </xsl:template>
  <xsl:template match="p//item" mode="m:body" priority="1">
    <span class="inline-item"><xsl:apply-templates mode="m:body"/></span>
  </xsl:template>

  <xsl:template match="table" mode="m:body">
    <div class="table-wrapper">
      <table>
        <xsl:apply-templates select="head" mode="m:caption"/>
        <tbody><xsl:apply-templates select="row" mode="m:body"/></tbody>
      </table>
      <!-- Whatever else the table holds (graphics, notes, stray text) follows it. -->
      <xsl:apply-templates select="* except (head | row), text()[normalize-space()]" mode="m:body"/>
    </div>
  </xsl:template>

  <xsl:mode name="m:caption" on-no-match="fail"/>
  <xsl:template match="table/head" mode="m:caption">
    <caption><xsl:apply-templates mode="m:body"/></caption>
  </xsl:template>

  <xsl:template match="row" mode="m:body">
    <tr>
      <xsl:apply-templates select="cell" mode="m:body"/>
      <xsl:if test="(* except cell) | text()[normalize-space()]">
        <td class="row-extra"><xsl:apply-templates select="(* except cell) | text()[normalize-space()]" mode="m:body"/></td>
      </xsl:if>
    </tr>
  </xsl:template>

  <xsl:template match="cell" mode="m:body">
    <xsl:element name="{if (@role = 'label' or ../@role = 'label') then 'th' else 'td'}">
      <xsl:call-template name="t:block-attributes"/>
      <xsl:if test="@cols"><xsl:attribute name="colspan" select="@cols"/></xsl:if>
      <xsl:if test="@rows"><xsl:attribute name="rowspan" select="@rows"/></xsl:if>
      <xsl:apply-templates mode="m:body"/>
    </xsl:element>
  </xsl:template>

  <!-- Quotations and verse: quotation marks stay as printed, so no <q> (which adds its own). -->
  <xsl:template match="quote | q | said" mode="m:body">
    <xsl:choose>
      <xsl:when test="ancestor::p or ancestor::head or ancestor::note">
        <span class="{local-name()}{if (p | lg | list) then ' quote-block' else ''}"><xsl:apply-templates mode="m:body"/></span>
      </xsl:when>
      <xsl:when test="p | lg | list | table | quote/p">
        <blockquote class="{local-name()}"><xsl:apply-templates mode="m:body"/></blockquote>
      </xsl:when>
      <xsl:when test="parent::div or parent::body or parent::postscript">
        <blockquote class="{local-name()}"><p><xsl:apply-templates mode="m:body"/></p></blockquote>
      </xsl:when>
      <xsl:otherwise>
        <span class="{local-name()}"><xsl:apply-templates mode="m:body"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Outside the texts (notes of sources.xml, persons.xml) q marks a quotation without printed marks. -->
  <xsl:template match="q[not(ancestor::text)]" mode="m:body" priority="1">
    <span class="q">“<xsl:apply-templates mode="m:body"/>”</span>
  </xsl:template>

  <xsl:template match="lg" mode="m:body">
    <xsl:element name="{if (ancestor::p or ancestor::head or ancestor::note) then 'span' else 'div'}">
      <xsl:attribute name="class" select="'lg'"/>
      <xsl:apply-templates mode="m:body"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="l" mode="m:body">
    <span class="l">
      <xsl:call-template name="t:block-attributes"/>
      <xsl:apply-templates mode="m:body"/>
    </span>
  </xsl:template>

  <xsl:template match="seg[@type = 'stage']" mode="m:body">
    <span class="stage"><xsl:apply-templates mode="m:body"/></span>
  </xsl:template>

  <!-- Phrase level -->
  <xsl:template match="hi[matches(@rend, 'italic')] | emph | foreign | mentioned | soCalled" mode="m:body">
    <em class="{local-name()}">
      <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:apply-templates mode="m:body"/>
    </em>
  </xsl:template>

  <xsl:template match="hi[matches(@rend, 'bold')]" mode="m:body">
    <strong><xsl:apply-templates mode="m:body"/></strong>
  </xsl:template>

  <xsl:template match="hi[matches(@rend, 'sup')]" mode="m:body">
    <sup><xsl:apply-templates mode="m:body"/></sup>
  </xsl:template>

  <!-- Any other rendition (rend="letter-spaced", "caps" …): the tokens become classes, the CSS shows them. -->
  <xsl:template match="hi" mode="m:body">
    <span class="{string-join(('hi', tokenize(normalize-space(@rend), ' ')[. ne ''] ! ('rend-' || replace(., '[^A-Za-z0-9-]', ''))), ' ')}">
      <xsl:apply-templates mode="m:body"/>
    </span>
  </xsl:template>

  <xsl:template match="title" mode="m:body">
    <cite><xsl:apply-templates mode="m:body"/></cite>
  </xsl:template>

  <!-- Links: only where f:site-href finds a safe target; otherwise the text alone. -->
  <xsl:template match="ref[@target] | ptr[@target]" mode="m:body">
    <xsl:param name="root" as="xs:string" tunnel="yes"/>
    <xsl:variable name="href" select="f:site-href(tokenize(normalize-space(@target), ' ')[1], ., $root)"/>
    <xsl:variable name="label" as="node()*">
      <xsl:apply-templates mode="m:body"/>
      <xsl:if test="self::ptr">{@target}</xsl:if>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="exists($href)"><a class="ref" href="{$href}"><xsl:sequence select="$label"/></a></xsl:when>
      <xsl:otherwise><span class="ref"><xsl:sequence select="$label"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="bibl" mode="m:body">
    <span class="bibl"><xsl:apply-templates mode="m:body"/></span>
  </xsl:template>

  <xsl:template match="citedRange" mode="m:body">
    <span class="cited-range"><xsl:apply-templates mode="m:body"/></span>
  </xsl:template>

</xsl:stylesheet>
