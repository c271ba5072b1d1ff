<?xml version="1.0" encoding="UTF-8"?>
<!--
  Stable anchors, numbered by accumulators (never by counting preceding nodes): every block of the
  text (paragraph, heading, list item, verse line, letter parts) is p1, p2 … (or its xml:id),
  every note note-1 …
  The same numbers are computed for any corpus document, so register pages can link to them.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all">

  <xsl:accumulator name="f:block-number" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//(p | head | item | l | salute | signed | dateline | cell | ab | byline | trailer)[not(ancestor::note)]"
      select="$value + 1"/>
  </xsl:accumulator>

  <xsl:accumulator name="f:note-number" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="text//note" select="$value + 1"/>
  </xsl:accumulator>

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
