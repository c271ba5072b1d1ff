<?xml version="1.0" encoding="UTF-8"?>
<!--
  Notes: a numbered marker at the anchor, the note itself in the list of footnotes (with a back-link),
  labelled by who wrote it. site.js shows the same note in a popover when the marker is activated.
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

  <xsl:mode name="m:footnote" on-no-match="fail"/>

  <!-- Who wrote a note, for its label. -->
  <xsl:function name="f:note-kind" as="xs:string">
    <xsl:param name="note" as="element(note)"/>
    <xsl:sequence select="f:note-kind-of(string($note/@type))"/>
  </xsl:function>

  <xsl:function name="f:note-kind-of" as="xs:string">
    <xsl:param name="type" as="xs:string"/>
    <xsl:sequence select="(map {
      'author' : 'Author’s note', 'editor' : 'Note of the source’s editor', 'translator' : 'Translator’s note',
      'edition' : 'Note of this edition', 'dictation' : 'Dictation note', 'source' : 'Source line'
      }($type), 'Note')[1]"/>
  </xsl:function>

  <xsl:template match="note" mode="m:body">
    <xsl:variable name="number" select="f:note-number(.)"/>
    <sup class="noteref noteref-{(@type, 'other')[1]}"><a id="noteref-{$number}" href="#{f:note-anchor(.)}"
        role="doc-noteref" aria-label="Note {$number} ({f:note-kind(.)})">{$number}</a></sup>
  </xsl:template>

  <!-- The list entry; $root tunnels through to links inside the note. -->
  <xsl:template match="note" mode="m:footnote">
    <xsl:variable name="number" select="f:note-number(.)"/>
    <li id="{f:note-anchor(.)}" class="note note-{(@type, 'other')[1]}" value="{$number}">
      <p class="note-by">
        <span class="note-kind">{f:note-kind(.)}</span>
        <xsl:if test="@resp"> · <span class="note-resp">{f:resp-names(@resp)}</span></xsl:if>
        <xsl:if test="@n"> · <span class="note-printed">printed as {@n}</span></xsl:if>
      </p>
      <div class="note-body">
        <xsl:apply-templates mode="m:body"/>
      </div>
      <a class="backlink" href="#noteref-{$number}" role="doc-backlink" aria-label="Back to note marker {$number}">↩ back</a>
    </li>
  </xsl:template>

  <xsl:template name="t:footnotes">
    <xsl:param name="notes" as="element(note)*"/>
    <xsl:if test="exists($notes)">
      <section class="footnotes" role="doc-endnotes" aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        <ol>
          <xsl:apply-templates select="$notes" mode="m:footnote"/>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
