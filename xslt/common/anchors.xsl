<?xml version="1.0" encoding="UTF-8"?>
<!--
  Stable anchors. The HTML ids are the TEI xml:ids (npm run ids gives every paragraph, heading,
  note and page break one, kept by the file), so a citation of texts/<doc>.html#<id> stays valid.
  A project without ids gets positional ones, numbered by accumulators (never by counting preceding
  nodes): blocks p1, p2 …, notes note-1 …, pages page-<n>. The same anchors are computed for any
  corpus document, so register pages can link to them. Also here: the page a block is printed on,
  the page markers (links to themselves) and the "cite this paragraph" link.
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

  <xsl:accumulator name="f:block-number" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//(p | head | item | l | salute | signed | dateline | cell | ab | byline | trailer)[not(ancestor::note)]"
      select="$value + 1"/>
  </xsl:accumulator>

  <xsl:accumulator name="f:note-number" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//note" select="$value + 1"/>
  </xsl:accumulator>

  <!-- The printed page at a point of the text: the @n of the last page break before it. -->
  <xsl:accumulator name="f:page" as="xs:string?" initial-value="()">
    <xsl:accumulator-rule match="text//pb[not(ancestor::note)]" select="string(@n)"/>
  </xsl:accumulator>

  <!-- "p. 74" or "pp. 74–75": where a block is printed (a page break opening it counts as its page). -->
  <xsl:function name="f:pages-of" as="xs:string?">
    <xsl:param name="block" as="element()"/>
    <xsl:variable name="opening" select="$block/node()[not(self::text()[normalize-space() = ''])][1][self::pb]/@n"/>
    <!-- Before the text's first page break: the first page its header gives. -->
    <xsl:variable name="header-page" select="string((root($block)/*/*:teiHeader/*:fileDesc/*:sourceDesc/*:bibl/*:citedRange[@unit = 'page']/@from)[1])"/>
    <xsl:variable name="first" select="(string($opening), $block/accumulator-before('f:page'), $header-page)[. ne ''][1]"/>
    <xsl:variable name="last" select="$block/accumulator-after('f:page')"/>
    <xsl:sequence select="
      if (empty($first)) then ()
      else if (exists($last) and $last ne $first) then 'pp. ' || $first || '–' || $last
      else 'p. ' || $first"/>
  </xsl:function>

  <xsl:function name="f:page-anchor" as="xs:string">
    <xsl:param name="pb" as="element(pb)"/>
    <xsl:sequence select="if ($pb/@xml:id) then string($pb/@xml:id)
      else if ($pb/@n) then 'page-' || $pb/@n else 'page-' || generate-id($pb)"/>
  </xsl:function>

  <xsl:template name="t:block-attributes">
    <xsl:if test="f:is-block(.)">
      <xsl:attribute name="id" select="f:block-anchor(.)"/>
    </xsl:if>
  </xsl:template>

  <!-- "Cite this paragraph": the ¶ links to the paragraph's stable anchor and carries its page;
       site.js turns it into a citation to copy (without script it is a permalink). -->
  <xsl:template name="t:pilcrow">
    <xsl:if test="f:is-block(.)">
      <xsl:variable name="pages" select="f:pages-of(.)"/>
      <xsl:text> </xsl:text>
      <a class="pilcrow" href="#{f:block-anchor(.)}" data-pagefind-ignore="all"
         aria-label="Cite this paragraph{$pages ! (' (' || . || ')')}">
        <xsl:if test="exists($pages)"><xsl:attribute name="data-pages" select="$pages"/></xsl:if>
        <xsl:text>¶</xsl:text>
      </a>
    </xsl:if>
  </xsl:template>

  <!-- Page breaks of the printed source, in the margin: a link to itself, to cite the page. -->
  <xsl:template match="pb" mode="m:body">
    <a class="pb" id="{f:page-anchor(.)}" href="#{f:page-anchor(.)}" data-pagefind-ignore="all">
      <span class="visually-hidden">Page </span>
      <span class="pb-number">p. {(@n, '?')[1]}</span>
    </a>
  </xsl:template>

  <!-- Contents of a long text (four headed divisions or more): every division's heading, linked to
       its anchor, with the page it begins on; nested as the divisions are. -->
  <xsl:template name="t:contents">
    <xsl:param name="text" as="element(text)"/>
    <xsl:if test="count($text//div[head][not(ancestor::note)]) ge 4">
      <details class="toc" open="" data-pagefind-ignore="all">
        <summary>Contents</summary>
        <nav aria-label="Contents of this text">
          <xsl:call-template name="t:contents-level">
            <xsl:with-param name="divs" select="$text/(front | body | back)/div"/>
          </xsl:call-template>
        </nav>
      </details>
    </xsl:if>
  </xsl:template>

  <xsl:template name="t:contents-level">
    <xsl:param name="divs" as="element(div)*"/>
    <xsl:variable name="headed" select="$divs[head]"/>
    <xsl:if test="exists($headed)">
      <ol>
        <xsl:for-each select="$headed">
          <xsl:variable name="head" select="head[1]"/>
          <li>
            <a href="#{f:block-anchor($head)}">{normalize-space(string-join($head//(text()[not(ancestor::note | ancestor::sic | ancestor::orig | ancestor::abbr)] | lb) ! (if (self::lb) then ' ' else string(.)), ''))}</a>
            <xsl:for-each select="f:pages-of($head)"><span class="toc-page"> {.}</span></xsl:for-each>
            <xsl:call-template name="t:contents-level"><xsl:with-param name="divs" select="div"/></xsl:call-template>
          </li>
        </xsl:for-each>
      </ol>
    </xsl:if>
  </xsl:template>

  <xsl:function name="f:is-block" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node[self::p | self::head | self::item | self::l | self::salute | self::signed
      | self::dateline | self::cell | self::ab | self::byline | self::trailer][ancestor::text][not(ancestor::note)])"/>
  </xsl:function>

  <xsl:function name="f:block-anchor" as="xs:string">
    <xsl:param name="block" as="element()"/>
    <xsl:sequence select="if ($block/@xml:id) then string($block/@xml:id) else 'p' || $block/accumulator-before('f:block-number')"/>
  </xsl:function>

  <xsl:function name="f:note-number" as="xs:integer">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="$note/accumulator-before('f:note-number')"/>
  </xsl:function>

  <xsl:function name="f:note-anchor" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="if ($note/@xml:id) then string($note/@xml:id) else 'note-' || f:note-number($note)"/>
  </xsl:function>

  <!-- The element of the page a node belongs to: its innermost note, else its innermost block, else
       (outside the blocks, e.g. in a title page) the element itself. -->
  <xsl:function name="f:context-element" as="element()?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="note" select="$node/ancestor-or-self::note[1]"/>
    <xsl:sequence select="($note, $node/ancestor-or-self::*[f:is-block(.)][1], $node/ancestor-or-self::*[1])[1]"/>
  </xsl:function>

  <!-- Fragment identifier (without '#') to link to where a node is shown. -->
  <xsl:function name="f:anchor-of" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="context" select="f:context-element($node)"/>
    <xsl:sequence select="
      if ($context/self::note) then f:note-anchor($context)
      else if ($context[f:is-block(.)]) then f:block-anchor($context)
      else ()"/>
  </xsl:function>

</xsl:stylesheet>
