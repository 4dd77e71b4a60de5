-- One database per service (each owns its schema; none reads another's tables).
CREATE DATABASE project;
CREATE DATABASE indicator;
CREATE DATABASE monitoring;
CREATE DATABASE gateway;
