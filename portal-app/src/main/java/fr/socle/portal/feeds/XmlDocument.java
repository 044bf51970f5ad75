package fr.socle.portal.feeds;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A UTF-8 XML document written with the JDK's StAX writer, which escapes text and attributes. */
final class XmlDocument implements AutoCloseable {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
  private final XMLStreamWriter xml;

  XmlDocument(OutputStream out, String rootNamespace, String root) throws XMLStreamException {
    xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
    xml.writeStartDocument("UTF-8", "1.0");
    xml.setDefaultNamespace(rootNamespace);
    xml.writeStartElement(rootNamespace, root);
    xml.writeDefaultNamespace(rootNamespace);
  }

  XMLStreamWriter xml() {
    return xml;
  }

  /** {@code <name>text</name>} in the root's namespace. */
  XmlDocument element(String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
    return this;
  }

  @Override
  public void close() throws XMLStreamException {
    xml.writeEndDocument();
    xml.flush();
    xml.close();
  }
}
